import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_EXIT_URL } from '@helpline/shared';
import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));

const origin = z
  .url({ message: 'must be a comma-separated list of origins like https://example.org' })
  .transform((u) => new URL(u).origin);

/** Every setting the server reads. Nothing else in the server touches process.env. */
const EnvFields = z.object({
  /** TCP port for pages, API and Socket.IO. */
  PORT: z.coerce.number({ message: 'must be a port number (0-65535)' }).int().min(0).max(65535).default(3000),
  /** Interface to listen on; loopback by default, a reverse proxy terminates TLS in front. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL URL; unset: embedded PGlite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Folder for the embedded database and the keys file. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** false: API and Socket.IO only, no Next.js pages. */
  HELPLINE_SERVE_WEB: bool(true),
  /**
   * The secret the web app's server code shows when it calls the API for a visitor (a form post without JavaScript),
   * so the API takes the visitor's client key it forwards. Random per start when the pages run in this process; set
   * the same value on both sides when the web app is served on its own.
   */
  HELPLINE_WEB_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Key-encryption keys (JSON, mode 0600); default DATA_DIR/keys.json. */
  HELPLINE_KEYS_FILE: z.string().min(1).optional(),
  /** Supervisors must use a second factor. */
  HELPLINE_REQUIRE_TOTP: bool(true),
  /** Extra origins allowed to open sockets and send state-changing requests (comma-separated). */
  HELPLINE_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  /** Where the visitor's quick-exit control goes. */
  HELPLINE_EXIT_URL: z.url({ message: 'must be an absolute URL' }).default(DEFAULT_EXIT_URL),
  /** Cookies get the Secure flag (set when served over HTTPS). */
  HELPLINE_SECURE_COOKIES: bool(false),
  /**
   * How many reverse proxies in front to trust for the client address (X-Forwarded-For). The address is used only as
   * a salted in-memory key of rate limits; it is never stored or logged.
   */
  HELPLINE_TRUST_PROXY: z.coerce
    .number({ message: 'must be the number of trusted reverse proxies (0 or more)' })
    .int({ message: 'must be the number of trusted reverse proxies (0 or more)' })
    .min(0, 'must be the number of trusted reverse proxies (0 or more)')
    .max(10)
    .default(0),
  /**
   * Seconds a waiting visitor may be without any connection before the queue counts them as gone (abandoned, missed)
   * and stops offering them (PROTOCOL.md: 60).
   */
  HELPLINE_VISITOR_GONE_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds (10-86400)' })
    .int({ message: 'must be a number of seconds (10-86400)' })
    .min(10, 'must be a number of seconds (10-86400)')
    .max(86_400, 'must be a number of seconds (10-86400)')
    .default(60),
  /**
   * Minutes after a visitor's last conversation ended (or after they were last seen, without one) when the server
   * forgets their token: the transcript can no longer be opened with it. The survey and the return code stay possible
   * within this time.
   */
  HELPLINE_VISITOR_FORGET_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes (1-1440)' })
    .int({ message: 'must be a number of minutes (1-1440)' })
    .min(1, 'must be a number of minutes (1-1440)')
    .max(1440, 'must be a number of minutes (1-1440)')
    .default(30),
  /**
   * New anonymous visitors one client address (an IPv6 address: its /64) may start per ten minutes (joins: twice
   * that). Raise it where many visitors share one address (a school, a carrier's NAT); the address is only a salted
   * in-memory key.
   */
  HELPLINE_VISITORS_PER_CLIENT: z.coerce
    .number({ message: 'must be a whole number (1-100000)' })
    .int({ message: 'must be a whole number (1-100000)' })
    .min(1, 'must be a whole number (1-100000)')
    .max(100_000, 'must be a whole number (1-100000)')
    .default(30),
  /**
   * New anonymous visitors one server process takes in per ten minutes, whoever asks (joins: twice that): the bound
   * that keeps a flood from many addresses off the database. From half of it on, a client above its fair share (half
   * the bound over the clients seen) is refused first; a client with no history only at the bound itself. Raise it
   * for a campaign that expects more.
   */
  HELPLINE_VISITORS_PER_PROCESS: z.coerce
    .number({ message: 'must be a whole number (1-1000000)' })
    .int({ message: 'must be a whole number (1-1000000)' })
    .min(1, 'must be a whole number (1-1000000)')
    .max(1_000_000, 'must be a whole number (1-1000000)')
    .default(3000),
  /**
   * false: the server does not apply migrations at start (nor the seed): `npm run migrate` is the separate step of a
   * rolling upgrade, and /readyz answers 503 until the database's migrations are current.
   */
  HELPLINE_MIGRATE: bool(true),
  /** Port of the Prometheus metrics listener (its own, never the public port); unset: no metrics. 0: any free port. */
  HELPLINE_METRICS_PORT: z.coerce
    .number({ message: 'must be a port number (0-65535)' })
    .int({ message: 'must be a port number (0-65535)' })
    .min(0, 'must be a port number (0-65535)')
    .max(65535, 'must be a port number (0-65535)')
    .optional(),
  /** Interface of the metrics listener: loopback unless the scraper runs on another machine. */
  HELPLINE_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Seconds a SIGTERM may take: /readyz turns 503, the listener closes, the sends on their way are stored and answered,
   * the sockets are closed (clients reconnect to another process), and the process exits 0 (1 if this ran out).
   */
  HELPLINE_DRAIN_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds (1-600)' })
    .int({ message: 'must be a number of seconds (1-600)' })
    .min(1, 'must be a number of seconds (1-600)')
    .max(600, 'must be a number of seconds (1-600)')
    .default(20),
  /**
   * Browser tests only: a file holding an ISO date-time that the server's clock (opening hours, reply promises, the
   * pages) reads, running on from when the file was last written; no file: the real time. Needs
   * HELPLINE_ALLOW_TEST_CLOCK=true, or the server refuses to start: a production server never runs on it by mistake.
   */
  HELPLINE_TEST_CLOCK_FILE: z.string().min(1).optional(),
  /** The explicit yes a test clock needs (browser tests set it; nothing else should). */
  HELPLINE_ALLOW_TEST_CLOCK: bool(false),
  /** Staff CLI only: the password for create and reset-password (else asked for, hidden). Never logged. */
  HELPLINE_PASSWORD: z.string().optional(),
  /** Tests only: every REST answer is parsed with its route table schema, a drift fails the request (http/answer-check.ts). */
  HELPLINE_CHECK_ANSWERS: bool(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export const EnvSchema = EnvFields.refine(
  (env) => !env.HELPLINE_METRICS_PORT || env.HELPLINE_METRICS_PORT !== env.PORT,
  { path: ['HELPLINE_METRICS_PORT'], message: 'must differ from PORT: metrics are never served on the public port' },
);

export type Env = Readonly<z.output<typeof EnvSchema> & { keysFile: string; dataDir: string; webToken: string }>;

export type EnvResult = { ok: true; env: Env } | { ok: false; line: string };

/** Parses a raw environment; on failure gives one line naming the variable. */
export const parseEnv = (raw: Record<string, string | undefined>): EnvResult => {
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const value = raw[name];
    return {
      ok: false,
      line: `Invalid ${name}${value === undefined ? '' : ` (${JSON.stringify(value)})`}: ${issue?.message}`,
    };
  }
  if (result.data.HELPLINE_TEST_CLOCK_FILE && !result.data.HELPLINE_ALLOW_TEST_CLOCK) {
    const production = raw.NODE_ENV === 'production' ? ' (NODE_ENV=production)' : '';
    return {
      ok: false,
      line: `Invalid HELPLINE_TEST_CLOCK_FILE: a test clock is for browser tests only and is refused here${production}; they also set HELPLINE_ALLOW_TEST_CLOCK=true`,
    };
  }
  const dataDir = path.resolve(result.data.DATA_DIR);
  const keysFile = path.resolve(result.data.HELPLINE_KEYS_FILE ?? path.join(dataDir, 'keys.json'));
  const webToken = result.data.HELPLINE_WEB_TOKEN ?? randomBytes(32).toString('base64url');
  return { ok: true, env: Object.freeze({ ...result.data, dataDir, keysFile, webToken }) };
};

/** Reads process.env once at boot; a bad value prints one line and exits 1. */
export const loadEnv = (): Env => {
  const result = parseEnv(process.env);
  if (!result.ok) {
    process.stderr.write(`${result.line}\n`);
    process.exit(1);
  }
  // The pages run in this process and read it from here when they call the API.
  process.env.HELPLINE_WEB_TOKEN = result.env.webToken;
  return result.env;
};

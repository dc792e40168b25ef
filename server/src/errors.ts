import { type ErrorBody, type ErrorCode, formatZodError } from '@helpline/shared';
import type { z } from 'zod';

/** A domain error meant for the client: its code and message are sent as they are; transports pick the status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Pick<ErrorBody, 'field' | 'opensAt'> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

export const invalidInput = (error: z.ZodError, prefix?: string): AppError => {
  const { field, message } = formatZodError(error);
  const named = prefix ? [prefix, field].filter(Boolean).join('.') : field;
  return new AppError('INVALID_INPUT', named ? `${named}: ${message}` : message, { field: named });
};

/** Parses input with a shared schema or throws INVALID_INPUT naming the failing field. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error, prefix);
  return result.data;
};

type DriverError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/** SQLSTATE codes of integrity violations: bad input or a conflict with stored data, never a crash. */
const BY_SQLSTATE: Record<string, { code: 'CONFLICT' | 'INVALID_INPUT'; message: string }> = {
  '23505': { code: 'CONFLICT', message: 'This already exists' },
  '23503': { code: 'INVALID_INPUT', message: 'This refers to something that does not exist' },
  '23502': { code: 'INVALID_INPUT', message: 'A required value is missing' },
  '23514': { code: 'INVALID_INPUT', message: 'A value is out of range' },
};

/**
 * Codes of a database that is down, restarting or out of reach: SQLSTATE class 08 (connection exception), 57P01-57P03
 * (shut down, crashed, starting up), 53300 (too many connections); postgres.js's own codes for a lost connection; the
 * socket errors of node's net module. The client may try again: a message resent with its clientId is stored once.
 */
const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const isUnavailable = (code: string) => code.startsWith('08') || UNAVAILABLE_CODES.has(code);

/** The database is out of reach (or did not answer in time): the client may try again. */
export const unavailable = () => new AppError('UNAVAILABLE', 'The service is briefly unavailable: try again');

/** The driver's error under drizzle's wrapper (postgres.js and PGlite both carry the SQLSTATE as `code`). */
const driverErrorOf = (error: unknown): DriverError | null => {
  for (let e = error as DriverError | undefined, depth = 0; e && depth < 4; e = e.cause as DriverError, depth++)
    if (typeof e.code === 'string' && (BY_SQLSTATE[e.code] || isUnavailable(e.code))) return e;
  return null;
};

/**
 * The one mapping of errors to what a client is told, for REST and sockets alike: an AppError as it is, a unique or
 * foreign-key violation as a typed 409/400 naming the constraint (never its values), a database out of reach as
 * UNAVAILABLE (503: try again), anything else null (a 500).
 */
export const toAppError = (error: unknown): AppError | null => {
  if (error instanceof AppError) return error;
  const driver = driverErrorOf(error);
  if (!driver) return null;
  const code = String(driver.code);
  if (isUnavailable(code)) return unavailable();
  const known = BY_SQLSTATE[code];
  if (!known) return null;
  const constraint = driver.constraint_name ?? driver.constraint;
  return new AppError(known.code, known.message, typeof constraint === 'string' ? { field: constraint } : {});
};

/** The database could not be reached (down, restarting, hung, the network to it gone), as opposed to refusing data. */
export const isUnreachable = (error: unknown) => toAppError(error)?.code === 'UNAVAILABLE';

/** The refusal of a socket handshake whose lookup failed: UNAVAILABLE while the database is out of reach, else INTERNAL. */
export const handshakeFailure = (error: unknown) =>
  new Error(toAppError(error)?.code === 'UNAVAILABLE' ? 'UNAVAILABLE' : 'INTERNAL');

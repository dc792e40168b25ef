import { parseArgs } from 'node:util';
import { createDb, DataDirInUseError, migrate, seed } from '@helpline/db';
import { ProgrammeId, Role, StaffCreate } from '@helpline/shared';
import { z } from 'zod';
import { systemClock } from '../clock';
import { loadEnv } from '../env';
import { AppError, parseInput } from '../errors';
import { safeError } from '../safe-error';
import { createServices } from '../services';
import { hiddenPrompt } from './hidden-prompt';

const USAGE = `Usage: npm run staff -- <command> [options]
  create --username NAME --alias SHOWN_NAME --role counsellor|supervisor --programmes helpwanted,stopitnow [--capacity N] [--totp] [--temporary]
  list
  disable --username NAME        enable --username NAME
  reset-password --username NAME [--temporary]
  reset-totp --username NAME
The password comes from HELPLINE_PASSWORD, or is asked for (hidden) when unset. Without --temporary it is the one the
person chose; with it, they must choose their own at their next login.`;

const CLI_ACTOR = null;

const askPassword = async (fromEnv: string | undefined) => {
  if (fromEnv) return fromEnv;
  const first = await hiddenPrompt('Password: ');
  if ((await hiddenPrompt('Password again: ')) !== first)
    throw new AppError('INVALID_INPUT', 'The passwords differ', { field: 'password' });
  return first;
};

const run = async (command: string | undefined, values: Record<string, string | boolean | undefined>) => {
  const env = loadEnv();
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  try {
    await migrate(db);
    await seed(db);
    const { staff } = createServices({ db, clock: systemClock, env });
    const username = () => z.string().min(1, 'give --username').parse(values.username);
    switch (command) {
      case 'create': {
        const input = parseInput(StaffCreate, {
          username: values.username,
          alias: values.alias,
          role: Role.safeParse(values.role).data ?? values.role,
          programmes: String(values.programmes ?? '')
            .split(',')
            .filter(Boolean)
            .map((p) => ProgrammeId.safeParse(p).data ?? p),
          ...(values.capacity ? { capacity: Number(values.capacity) } : {}),
          password: await askPassword(env.HELPLINE_PASSWORD),
        });
        const { member, totp } = await staff.create(CLI_ACTOR, {
          ...input,
          withTotp: values.totp === true,
          temporary: values.temporary === true,
        });
        console.log(`Created ${member.role} ${member.username} (${member.alias}) for ${member.programmes.join(', ')}.`);
        if (totp) console.log(`TOTP secret: ${totp.secret}\nTOTP URI:    ${totp.otpauthUrl}`);
        else if (member.role === 'supervisor') console.log('They set up their authenticator app at first login.');
        if (values.temporary === true) console.log('They choose their own password at their first login.');
        return;
      }
      case 'list':
        for (const m of await staff.list()) {
          console.log(
            `${m.username}\t${m.alias}\t${m.role}\t${m.programmes.join(',')}\tcapacity ${m.capacity}${m.disabled ? '\tDISABLED' : ''}`,
          );
        }
        return;
      case 'disable':
      case 'enable': {
        const member = await staff.findByUsername(username());
        await staff.update(CLI_ACTOR, member.id, { disabled: command === 'disable' });
        console.log(`${member.username} is ${command}d.`);
        return;
      }
      case 'reset-password':
        await staff.resetPassword(CLI_ACTOR, { username: username() }, await askPassword(env.HELPLINE_PASSWORD), {
          temporary: values.temporary === true,
        });
        console.log(
          values.temporary === true
            ? 'Password changed; their sessions are ended. They choose their own at their next login.'
            : 'Password changed; their sessions are ended.',
        );
        return;
      case 'reset-totp':
        await staff.resetTotp(CLI_ACTOR, { username: username() });
        console.log('Second factor removed and their sessions ended; they set it up again at their next login.');
        return;
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    username: { type: 'string' },
    alias: { type: 'string' },
    role: { type: 'string' },
    programmes: { type: 'string' },
    capacity: { type: 'string' },
    totp: { type: 'boolean' },
    temporary: { type: 'boolean' },
  },
});

try {
  await run(positionals[0], values);
} catch (error) {
  if (error instanceof DataDirInUseError || error instanceof AppError || error instanceof z.ZodError) {
    console.error(error instanceof z.ZodError ? (error.issues[0]?.message ?? 'Invalid input') : error.message);
  } else {
    console.error(`Failed: ${safeError(error).message}`);
  }
  process.exitCode = 1;
}

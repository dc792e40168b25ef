import { type DestinationStream, type Logger, pino } from 'pino';
import { safeError } from './safe-error';

export type { Logger };

/**
 * Structured logs. Request objects are never logged whole (they carry addresses and headers); the redaction list
 * is a second line of defence for fields that must never appear even by mistake.
 */
export const createLogger = (level: string, destination?: DestinationStream): Logger =>
  pino(
    {
      level,
      base: undefined,
      serializers: { err: safeError },
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'cookie',
          '*.cookie',
          'headers',
          '*.headers',
          'body',
          '*.body',
          'totp',
          '*.totp',
          'secret',
          '*.secret',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );

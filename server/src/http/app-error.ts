import { type ErrorBody, type ErrorCode, errorStatus, formatZodError } from '@helpline/shared';
import type { z } from 'zod';

/** An error meant for the client: its code and message are sent as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Pick<ErrorBody, 'field' | 'opensAt'> = {},
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
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

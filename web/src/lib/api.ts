import { ErrorEnvelope } from '@helpline/shared/http';
import type { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Same-origin JSON call, typed and checked with the shared schema of its answer. */
export const api = async <S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.output<S>> => {
  const res = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: init?.body ? { 'content-type': 'application/json', ...init.headers } : init?.headers,
  });
  const body: unknown = res.status === 204 ? {} : await res.json().catch(() => ({}));
  if (!res.ok) {
    const parsed = ErrorEnvelope.safeParse(body);
    const error = parsed.success ? parsed.data.error : { code: 'INTERNAL', message: res.statusText, field: undefined };
    throw new ApiError(res.status, error.code, error.message, error.field);
  }
  return schema.parse(body);
};

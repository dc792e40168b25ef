type ErrorLike = { name?: string; message?: string; code?: string; stack?: string; cause?: unknown };

/**
 * An error as it may be logged or printed. A failed query's message carries the query's parameters (message text,
 * password hashes, tokens): only the driver's own message and code are kept.
 */
export const safeError = (error: unknown): { type: string; message: string; code?: string; stack?: string } => {
  const e = (error ?? {}) as ErrorLike;
  if (typeof e.message === 'string' && e.message.startsWith('Failed query')) {
    const cause = (e.cause ?? {}) as ErrorLike;
    return { type: 'QueryError', message: cause.message ?? 'query failed', code: cause.code, stack: cause.stack };
  }
  return { type: e.name ?? typeof error, message: e.message ?? String(error), code: e.code, stack: e.stack };
};

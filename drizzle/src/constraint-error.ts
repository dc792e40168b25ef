const UNIQUE_VIOLATION = '23505';

type PgErrorFields = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/**
 * The name of the unique constraint or index a failed statement violated, or null for any other error. Both drivers
 * are covered (postgres.js says `constraint_name`, PGlite `constraint`), also when drizzle wraps the error in `cause`.
 */
export const violatedUnique = (error: unknown): string | null => {
  for (let e = error as PgErrorFields | undefined; e && typeof e === 'object'; e = e.cause as PgErrorFields) {
    if (e.code === UNIQUE_VIOLATION) return String(e.constraint_name ?? e.constraint ?? '');
  }
  return null;
};

import { z } from 'zod';

export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CLOSED',
  'GONE',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
  'PASSWORD_CHANGE_REQUIRED',
  'CONFIRMATION_REQUIRED',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * HTTP status per error code (GONE is added for shredded transcripts; UNAVAILABLE while the database is down or
 * restarting: nothing was done, and the same request, a message with the same clientId too, may be tried again).
 * PASSWORD_CHANGE_REQUIRED: someone else set this member's password, who must choose their own first;
 * CONFIRMATION_REQUIRED: sensitive administration needs the password or a code entered in the last 5 minutes.
 */
export const errorStatus: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CLOSED: 409,
  GONE: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  PASSWORD_CHANGE_REQUIRED: 403,
  CONFIRMATION_REQUIRED: 403,
};

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  /** The failing field for INVALID_INPUT, as a dotted path. */
  field: z.string().optional(),
  /** With CLOSED: when the chat opens next (ISO), or null. */
  opensAt: z.string().nullable().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ErrorEnvelope = z.object({ error: ErrorBody });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** The path of an issue; an unknown key is named itself, so `{ tags: { colour } }` fails at `tags.colour`. */
export const issuePath = (issue: z.core.$ZodIssue): string[] => {
  const path = issue.path.map(String);
  return issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
};

/** The first issue of a zod error as { field, message }; field is the dotted path ('' for the root). */
export const formatZodError = (error: z.ZodError): { field: string; message: string } => {
  const issue = error.issues[0];
  return { field: issue ? issuePath(issue).join('.') : '', message: issue?.message ?? 'Invalid input' };
};

import { ErrorBody, errorStatus } from '@helpline/shared';

/** A value shortened for a failure message (the full counterexample is in fast-check's report). */
export const brief = (value: unknown) => {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 160);
  } catch {
    return String(value).slice(0, 160);
  }
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/** A typed error: a code of the protocol's set but INTERNAL, a message, and for INVALID_INPUT the failing field. */
export const expectTypedError = (error: unknown, context: string): ErrorBody => {
  const parsed = ErrorBody.safeParse(error);
  if (!parsed.success) throw new Error(`${context}: not a typed error: ${brief(error)}`);
  if (parsed.data.code === 'INTERNAL') throw new Error(`${context}: INTERNAL: ${parsed.data.message}`);
  if (parsed.data.code === 'INVALID_INPUT' && parsed.data.field === undefined)
    throw new Error(`${context}: INVALID_INPUT without a field: ${parsed.data.message}`);
  return parsed.data;
};

/** A socket ack: `{ ok: true, ... }` or `{ ok: false, error }` with a typed error. */
export const expectTypedAnswer = (answer: unknown, context: string): ErrorBody | null => {
  if (!isPlainObject(answer)) throw new Error(`${context}: the answer is not an object: ${brief(answer)}`);
  if (answer.ok === true) return null;
  if (answer.ok !== false) throw new Error(`${context}: the answer has no ok flag: ${brief(answer)}`);
  return expectTypedError(answer.error, context);
};

/** A REST answer: success, or the error envelope with a typed code whose status is the code's own. */
export const expectTypedHttp = (status: number, text: string, context: string): ErrorBody | null => {
  if (status < 400) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${context}: ${status} without a JSON body: ${text.slice(0, 120)}`);
  }
  const error = expectTypedError(isPlainObject(body) ? body.error : undefined, `${context} (${status})`);
  // A body too large (413) or in a charset or encoding the server does not take (415) is INVALID_INPUT naming the body.
  const unreadable = (status === 413 || status === 415) && error.code === 'INVALID_INPUT' && error.field === 'body';
  const expected = unreadable ? status : errorStatus[error.code];
  if (status !== expected) throw new Error(`${context}: ${error.code} answered with ${status}, not ${expected}`);
  return error;
};

/**
 * INVALID_INPUT names a field: the root ('') only when the payload itself is not an object; for an object, a dotted
 * path starting at one of its keys or at a key the schema has (a missing required field).
 */
export const expectFieldOf = (
  error: ErrorBody | null,
  payload: unknown,
  schemaKeys: readonly string[],
  context: string,
) => {
  if (error?.code !== 'INVALID_INPUT') return;
  const field = error.field ?? '';
  if (!isPlainObject(payload)) return;
  const startsAt = (key: string) => field === key || field.startsWith(`${key}.`);
  if (!Object.keys(payload).some(startsAt) && !schemaKeys.some(startsAt))
    throw new Error(`${context}: INVALID_INPUT names "${field}", not a field of ${brief(payload)}: ${error.message}`);
};

/** The field refused after one field was mutated: that field, something inside it, or its parent object. */
export const expectMutatedField = (
  error: ErrorBody | null,
  path: string,
  linked: readonly string[],
  context: string,
) => {
  if (error?.code !== 'INVALID_INPUT') return;
  const field = error.field ?? '';
  const related =
    field === path ||
    field.startsWith(`${path}.`) ||
    (field !== '' && path.startsWith(`${field}.`)) ||
    linked.some((other) => field === other || field.startsWith(`${other}.`));
  if (!related) throw new Error(`${context}: mutated "${path}" but INVALID_INPUT names "${field}": ${error.message}`);
};

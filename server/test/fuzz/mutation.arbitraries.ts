import fc from 'fast-check';
import { hostileKey, hostileNumber, hostileString, hostileValue } from './hostile.arbitraries';

/** One change to one field of a valid payload: its value replaced, the key removed, or a key added beside it. */
export type Mutation =
  | { kind: 'replace'; path: string[]; value: unknown }
  | { kind: 'delete'; path: string[] }
  | { kind: 'add'; path: string[]; value: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path into a value's objects and arrays, parents before children. */
const pathsOf = (value: unknown, prefix: string[] = []): string[][] => {
  if (!isObject(value) && !Array.isArray(value)) return [];
  return Object.keys(value).flatMap((key) => [
    [...prefix, key],
    ...pathsOf((value as Record<string, unknown>)[key], [...prefix, key]),
  ]);
};

const valueAt = (root: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);

/** Hostile values of the same type as `original`: strings for a string, numbers for a number, and so on. */
const sameKind = (original: unknown): fc.Arbitrary<unknown> => {
  if (typeof original === 'string') return hostileString;
  if (typeof original === 'number') return hostileNumber;
  if (typeof original === 'boolean') return fc.boolean();
  if (Array.isArray(original)) return fc.array(sameKind(original[0] ?? ''), { maxLength: 5 });
  return hostileValue(isObject(original) ? Object.keys(original) : []);
};

/** What the value becomes on the wire (NaN and -0 travel as null and 0), to skip "mutations" that change nothing. */
const wire = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Mutations of one field of `template` (a valid payload of the shape the test sends). `known` are key names worth
 * trying as added keys (beside prototype keys and junk).
 */
export const mutationOf = (
  template: Record<string, unknown>,
  known: readonly string[] = [],
): fc.Arbitrary<Mutation> => {
  const paths = pathsOf(template);
  const keyPaths = paths.filter((path) => isObject(valueAt(template, path.slice(0, -1))));
  const objectPaths = [[], ...paths.filter((path) => isObject(valueAt(template, path)))];
  const value = hostileValue(known, { binary: true });
  // Half the time a hostile value of the field's own type, which passes the type check and reaches the rules behind.
  const replace = (choices: string[][]) =>
    fc
      .constantFrom(...choices)
      .chain((path) => fc.tuple(fc.constant(path), fc.oneof(sameKind(valueAt(template, path)), value)))
      .filter(([path, next]) => wire(next) !== wire(valueAt(template, path)))
      .map(([path, next]): Mutation => ({ kind: 'replace', path, value: next }));
  const remove = (choices: string[][]) =>
    fc.constantFrom(...choices).map((path): Mutation => ({ kind: 'delete', path }));
  const add = fc
    .tuple(fc.constantFrom(...objectPaths), hostileKey(known), value)
    .filter(([path, key]) => !Object.hasOwn(valueAt(template, path) as object, key))
    .map(([path, key, next]): Mutation => ({ kind: 'add', path: [...path, key], value: next }));
  return fc.oneof(
    ...(paths.length > 0 ? [{ weight: 4, arbitrary: replace(paths) }] : []),
    ...(keyPaths.length > 0 ? [{ weight: 1, arbitrary: remove(keyPaths) }] : []),
    { weight: 1, arbitrary: add },
  );
};

/** The payload with the mutation applied (a copy; keys are set as own properties, so `__proto__` is a plain key). */
export const applyMutation = (valid: Record<string, unknown>, mutation: Mutation): Record<string, unknown> => {
  const copy = structuredClone(valid);
  const parent = valueAt(copy, mutation.path.slice(0, -1)) as Record<string, unknown>;
  const key = mutation.path.at(-1) as string;
  if (mutation.kind === 'delete') delete parent[key];
  else
    Object.defineProperty(parent, key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  return copy;
};

/** The mutated field as a dotted path, as INVALID_INPUT names fields. */
export const fieldOf = (mutation: Mutation) => mutation.path.join('.');

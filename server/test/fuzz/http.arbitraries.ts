import fc from 'fast-check';
import { hostileKey, hostilePayload, hostileString } from './hostile.arbitraries';

/** A request body as it goes on the wire: its text and the headers that say what it is. */
export type RawBody = { text: string; headers: Record<string, string> };
const JSON_TYPE = { 'content-type': 'application/json' };

/** Lone surrogates as U+FFFD, as a browser encodes them into a URL. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Text no JSON parser should accept, or only barely: truncated, non-object roots, prototype keys, escapes. */
const BROKEN_JSON = [
  '',
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '"just a string"',
  '42',
  'true',
  'null',
  '{"a":1,}',
  "{'a':1}",
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '\u0000',
  '\uFEFF{}',
  '{"a":1e999999}',
];

/** Nesting deep enough to hurt a recursive parser, still under the 64 KB body limit. */
const deepJson = fc
  .tuple(fc.integer({ min: 1000, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + (open === '[' ? ']' : '1}').repeat(depth));

/** Headers that make the body something else: another type, an unsupported charset or encoding. */
const ODD_HEADERS: Record<string, string>[] = [
  { 'content-type': 'text/plain' },
  { 'content-type': 'application/x-www-form-urlencoded' },
  { 'content-type': 'application/json; charset=utf-16' },
  { 'content-type': 'application/json; charset=nonsense' },
  { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  { 'content-type': 'application/json', 'content-encoding': 'br' },
  { 'content-type': 'application/json', 'content-encoding': 'x-unknown' },
  { 'content-type': 'multipart/form-data; boundary=x' },
];

/** Any body a hostile client might send a route whose fields are `known`. */
export const rawBody = (known: readonly string[]): fc.Arbitrary<RawBody> =>
  fc.oneof(
    { weight: 6, arbitrary: hostilePayload(known).map((v) => ({ text: JSON.stringify(v) ?? '', headers: JSON_TYPE })) },
    { weight: 2, arbitrary: fc.constantFrom(...BROKEN_JSON).map((text) => ({ text, headers: JSON_TYPE })) },
    { weight: 1, arbitrary: deepJson.map((text) => ({ text, headers: JSON_TYPE })) },
    { weight: 1, arbitrary: fc.constant({ text: JSON.stringify({ x: 'y'.repeat(70_000) }), headers: JSON_TYPE }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...BROKEN_JSON, '{"a":1}', 'a=1&b[c]=2'), fc.constantFrom(...ODD_HEADERS))
        .map(([text, headers]) => ({ text, headers })),
    },
  );

/**
 * Node's HTTP parser refuses a request line over 16 KB itself (431, before the app sees it): URLs stay well under,
 * long values are tried in bodies.
 */
const fitsInUrl = (encoded: string) => encoded.length <= 8000;

/** Percent escapes that decode to nothing valid: a bare %, a cut sequence, an encoded surrogate, overlong NUL. */
const BAD_ESCAPES = ['%', '%E0%A4%A', '%FF', '%ED%A0%80', '%C0%80', '%00', '%2e%2e', '..', '.', '%2F'];

/** A path segment: a hostile string percent-encoded as a browser would, or a broken escape as is. */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((s) => encodeURIComponent(wellFormed(s))).filter(fitsInUrl) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
);

/** A query string: known keys and junk ones, repeated keys (arrays), hostile values, broken escapes. */
export const hostileQuery = (known: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(hostileKey(known), hostileString), { maxLength: 6 })
        .map((pairs) =>
          new URLSearchParams(pairs.map(([k, v]): [string, string] => [wellFormed(k), wellFormed(v)])).toString(),
        )
        .filter(fitsInUrl),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...known, 'x'), fc.constantFrom(...BAD_ESCAPES, '[]', 'a[b]=c'))
        .map(([key, value]) => `${key}=${value}&${key}[x]=${value}`),
    },
  );

/** One change to one key of a valid query: its value replaced or repeated (an array), the key removed, or one added. */
export type QueryMutation = { kind: 'replace' | 'repeat' | 'delete' | 'add'; key: string; value: string };

export const queryMutationOf = (valid: Record<string, string>): fc.Arbitrary<QueryMutation> => {
  const keys = Object.keys(valid);
  const value = hostileString.map((s) => wellFormed(s)).filter((s) => fitsInUrl(encodeURIComponent(s)));
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...keys), value)
      .filter(([key, next]) => next !== valid[key])
      .map(([key, next]): QueryMutation => ({ kind: 'replace', key, value: next })),
    fc
      .tuple(fc.constantFrom(...keys), value)
      .map(([key, next]): QueryMutation => ({ kind: 'repeat', key, value: next })),
    fc.constantFrom(...keys).map((key): QueryMutation => ({ kind: 'delete', key, value: '' })),
    fc
      .tuple(hostileKey(keys), value)
      .map(([key, next]) => [wellFormed(key), next] as const)
      .filter(([key]) => !keys.includes(key))
      .map(([key, next]): QueryMutation => ({ kind: 'add', key, value: next })),
  );
};

export const applyQueryMutation = (valid: Record<string, string>, mutation: QueryMutation) => {
  const query = new URLSearchParams(valid);
  if (mutation.kind === 'replace') query.set(mutation.key, mutation.value);
  else if (mutation.kind === 'delete') query.delete(mutation.key);
  else query.append(mutation.key, mutation.value);
  return query.toString();
};

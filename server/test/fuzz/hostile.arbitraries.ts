import fc from 'fast-check';

/** Keys that reach Object.prototype or its methods when code copies or indexes objects carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Strings that broke servers somewhere: control characters, lone surrogates, markup, SQL, format strings, odd dates. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\uFEFF',
  '\u202Eevil',
  '🙂',
  '👩‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "'; DROP TABLE conversations; --",
  '%s%s%s%n',
  '%d %x %p',
  '{0}{1}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, sent as plain text
  '${process.exit()}',
  '{{constructor.constructor("return process")()}}',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e308',
  '[]',
  '{}',
  '\r\n',
  'helpwanted ',
  'HELPWANTED',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-4000-8000-000000000000',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '0000-01-01T00:00:00Z',
  '0000-01-01T00:00:00+14:00',
  '9999-12-31T23:59:59-14:00',
  '2026-02-30T12:00:00Z',
  '2026-03-29T02:30:00+01:00',
  '24:00',
  '23:60',
  ...PROTOTYPE_KEYS,
];

/** What databases and encoders choke on: NUL (PostgreSQL refuses it in text), other controls, lone surrogates. */
const BROKEN_TEXT = ['\u0000', 'a\u0000b', '\u0007\u001b[31m', '\uD800', 'x\uDFFF', '\uDBFF\uD800', 'ok\u0000'];

/**
 * Long strings: just over the limits the schemas set, and far over them. 30,000 ASCII characters stays inside one
 * Socket.IO packet (64 KB), so the server must answer rather than drop the connection.
 */
const longString = fc
  .tuple(fc.constantFrom(41, 81, 121, 129, 201, 257, 4001, 12_000, 30_000), fc.constantFrom('x', 'é', '🙂', '\u0000'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...BROKEN_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: longString },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    -Number.MAX_SAFE_INTEGER - 2,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31) - 1,
    2 ** 63,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1,
    5,
    6,
    10_001,
  ),
  fc.integer(),
  fc.double(),
);

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

/** An object whose keys are set as own properties, so `__proto__` is a key (as JSON.parse makes it), not a setter. */
export const ownObject = (entries: [string, unknown][]) => {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
};

/** Keys a hostile object uses: the payload's own field names (to get past "unknown key"), prototype keys, junk. */
export const hostileKey = (known: readonly string[] = []) =>
  fc.oneof(
    ...(known.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...known) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length < 100) },
  );

/** Nesting far deeper than any payload has: arrays or objects `depth` levels down. */
export const deepValue = fc
  .tuple(fc.integer({ min: 20, max: 600 }), fc.constantFrom('array', 'object', '__proto__'))
  .map(([depth, kind]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++)
      value = kind === 'array' ? [value] : ownObject([[kind === 'object' ? 'a' : '__proto__', value]]);
    return value;
  });

/** Any value: scalars, Buffers (Socket.IO sends them as binary attachments), arrays, objects, deep nesting. */
export const hostileValue = (known: readonly string[] = [], opts: { binary?: boolean } = {}): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: hostileScalar },
      ...(opts.binary ? [{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)) }] : []),
      { weight: 1, arbitrary: deepValue },
      { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
      {
        weight: 2,
        arbitrary: fc.array(fc.tuple(hostileKey(known), tie('value')), { maxLength: 6 }).map(ownObject),
      },
    ),
  })).value;

/**
 * A hostile payload for something that expects an object with `known` keys: often such an object with hostile values
 * (so checks past the outer shape run), sometimes anything at all.
 */
export const hostilePayload = (known: readonly string[], opts: { binary?: boolean } = {}) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.array(fc.tuple(hostileKey(known), hostileValue(known, opts)), { maxLength: 8 }).map(ownObject),
    },
    { weight: 1, arbitrary: hostileValue(known, opts) },
  );

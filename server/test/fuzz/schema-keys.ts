import { z } from 'zod';

/** The top-level keys an object schema knows (none for other schemas), to aim hostile payloads at real fields. */
export const keysOf = (schema: z.ZodType): string[] => {
  // A body that may be left out (a second-factor proof) has the keys of the object it is when sent.
  const object = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  const shape = (object as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
};

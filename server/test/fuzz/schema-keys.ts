import type { z } from 'zod';

/** The top-level keys an object schema knows (none for other schemas), to aim hostile payloads at real fields. */
export const keysOf = (schema: z.ZodType): string[] => {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
};

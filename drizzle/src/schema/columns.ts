import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Binary columns (ciphertexts, nonces, wrapped keys) as Uint8Array on both drivers. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => at('created_at').notNull().defaultNow();

/** A shared zod enum's values as the non-empty tuple that drizzle's `text(name, { enum })` takes. */
export const valuesOf = <T extends string>(schema: { options: T[] }) => schema.options as [T, ...T[]];

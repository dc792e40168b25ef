import { z } from 'zod';

// Control characters but tab, line feed and carriage return: PostgreSQL refuses NUL in text, and none belong in a form.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text typed into a staff form: trimmed, within bounds, without control characters. */
export const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' });

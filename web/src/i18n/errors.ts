import { ApiError } from '~/lib/api';
import { errorsEn } from './errors.en';
import { type ErrorsText, errorsNl } from './errors.nl';
import type { Lang } from './index';

export type { ErrorsText };
export const errorsText = (lang: Lang): ErrorsText => (lang === 'nl' ? errorsNl : errorsEn);

/** What a failed request reported: its code and, for a refused field, the field's dotted path. */
export type ErrorReport = { code: string; field?: string | undefined };

/** The field's own name: the last part of a dotted path that is not an index (`weekly.3.closes` -> `closes`). */
const namesOf = (field: string | undefined) =>
  field?.split('.').filter((part) => part !== '' && !/^\d+$/.test(part)) ?? [];
export const fieldKeyOf = (field: string | undefined) => namesOf(field).pop();

/**
 * A server error in the page's language, from its code and field only (the server's message is English and never
 * shown): the field's rule when there is one, the code's text otherwise, and the generic text for anything unknown.
 * `form` picks a form's own text for a refusal without a field. `label` names the field where the form knows better (e.g. "Afwijkende dagen, 2026-12-24: Open vanaf").
 */
export const describeError = (error: ErrorReport, t: ErrorsText, label?: string, form?: string): string => {
  const key = fieldKeyOf(error.field);
  // A refusal without a field can still mean one thing on one form (`CONFLICT@staff`: the last supervisor).
  // The whole path first (`exceptions.opens`), then the field's own name (`opens`).
  const path = namesOf(error.field).join('.');
  const rule = key
    ? (t.rules[`${error.code}:${path}`] ?? t.rules[`${error.code}:${key}`])
    : form
      ? t.rules[`${error.code}@${form}`]
      : undefined;
  const reason = rule ?? (key && error.code === 'INVALID_INPUT' ? t.invalidField : (t.codes[error.code] ?? t.generic));
  const name = label ?? (key && (rule || error.code === 'INVALID_INPUT') ? t.fields[key] : undefined);
  if (!name) return reason.charAt(0).toUpperCase() + reason.slice(1);
  return t.withField(name, reason);
};

/** Any failed request in the page's language: a refusal by its code and field, anything else as INTERNAL. */
export const describeFailure = (error: unknown, t: ErrorsText): string =>
  describeError(error instanceof ApiError ? error : { code: 'INTERNAL' }, t);

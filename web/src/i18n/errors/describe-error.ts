import type { useTranslations } from 'next-intl';
import { ApiError } from '~/lib/api';

/** The `errors` messages: codes, rules by code and field, field names. */
export type ErrorsText = ReturnType<typeof useTranslations<'errors'>>;
type Key = Parameters<ErrorsText['has']>[0];

/** What a failed request reported: its code and, for a refused field, the field's dotted path. */
export type ErrorReport = { code: string; field?: string | undefined };

/** The field's own name: the last part of a dotted path that is not an index (`weekly.3.closes` -> `closes`). */
const namesOf = (field: string | undefined) =>
  field?.split('.').filter((part) => part !== '' && !/^\d+$/.test(part)) ?? [];
export const fieldKeyOf = (field: string | undefined) => namesOf(field).pop();

/** A message whose key the server's answer names (its code, its field): there only if this page knows it. */
const known = (t: ErrorsText, key: string): string | undefined =>
  // The key is built from the server's answer, so the compiler cannot know it; `has` checks it at run time.
  t.has(key as Key) ? t(key as Key) : undefined;

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
    ? (known(t, `rules.${error.code}.${path}`) ?? known(t, `rules.${error.code}.${key}`))
    : form
      ? known(t, `formRules.${error.code}.${form}`)
      : undefined;
  const reason =
    rule ??
    (key && error.code === 'INVALID_INPUT' ? t('invalidField') : (known(t, `codes.${error.code}`) ?? t('generic')));
  const name = label ?? (key && (rule || error.code === 'INVALID_INPUT') ? known(t, `fields.${key}`) : undefined);
  if (!name) return reason.charAt(0).toUpperCase() + reason.slice(1);
  return t('withField', { field: name, reason });
};

/** Any failed request in the page's language: a refusal by its code and field, anything else as INTERNAL. */
export const describeFailure = (error: unknown, t: ErrorsText): string =>
  describeError(error instanceof ApiError ? error : { code: 'INTERNAL' }, t);

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { describeError, type ErrorReport } from '~/i18n/errors/describe-error';

/** The server's error codes are upper case; anything else is a check of the shared schema, INVALID_INPUT on the server. */
const SERVER_CODE = /^[A-Z_]+$/;

/**
 * A form checked with the same shared zod schema the server applies. `errorOf(field)` is the field's error in the page's
 * language, by code and field (never zod's English message); `refused` puts the server's refusal of a field on it.
 */
export const useSchemaForm = <S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
) => {
  const t = useTranslations('errors');
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues });
  const errorOf = (field: Path<z.input<S>>) => {
    const error = form.getFieldState(field, form.formState).error;
    if (!error) return undefined;
    const code = error.type && SERVER_CODE.test(error.type) ? error.type : 'INVALID_INPUT';
    return describeError({ code, field }, t, '');
  };
  const refused = (error: ErrorReport) => {
    // The server names the refused field by its path in the same schema.
    if (error.field) form.setError(error.field as Path<z.input<S>>, { type: error.code });
  };
  return { ...form, errorOf, refused };
};

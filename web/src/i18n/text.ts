import type { useTranslations } from 'next-intl';

/** A namespace's translator, for the helpers and child components that are handed one. */
export type Text<Namespace extends Parameters<typeof useTranslations>[0]> = ReturnType<
  typeof useTranslations<NonNullable<Namespace>>
>;

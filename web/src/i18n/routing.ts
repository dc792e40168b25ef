import { defineRouting } from 'next-intl/routing';

/**
 * Dutch without a prefix, English under /en. No guessing from Accept-Language and no locale cookie: the address
 * alone decides the language, and a visitor gets no cookie.
 */
export const routing = defineRouting({
  locales: ['nl', 'en'],
  defaultLocale: 'nl',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

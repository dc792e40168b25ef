import type { Messages } from './request';
import type { Locale } from './routing';

// A missing or misspelt key, or a language without it, fails the typecheck.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

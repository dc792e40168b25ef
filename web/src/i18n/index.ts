import { en } from './en';
import { type Dictionary, nl } from './nl';

export type Lang = 'nl' | 'en';
export type { Dictionary };

export const isLang = (value: string): value is Lang => value === 'nl' || value === 'en';
export const dictionaries: Record<Lang, Dictionary> = { nl, en };

/** The same page in the other language: Dutch has no prefix, English lives under /en. */
export const switchPath = (lang: Lang, path: string) =>
  lang === 'nl' ? `/en${path === '/' ? '' : path}` : path.replace(/^\/en/, '') || '/';

/** A link inside the current language. */
export const localPath = (lang: Lang, path: string) => (lang === 'nl' ? path : `/en${path === '/' ? '' : path}`);

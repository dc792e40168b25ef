import { DEFAULT_EXIT_URL, type ProgrammeId, programmeIds } from '@helpline/shared/domain';
import { type ProgrammeState, ProgrammesAnswer, SiteConfig } from '@helpline/shared/http';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '~/i18n/routing';
import { apiOrigin } from '~/lib/server-env';

const getJson = async (path: string) => {
  const res = await fetch(`${apiOrigin()}${path}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json();
};

/** On the server, per request: both programmes' live state, or null when the API cannot be reached. */
export const loadProgrammes = async (): Promise<ProgrammeState[] | null> =>
  getJson('/api/programmes').then(
    (body) => ProgrammesAnswer.parse(body),
    () => null,
  );

export const loadProgramme = async (id: ProgrammeId) => (await loadProgrammes())?.find((p) => p.id === id) ?? null;

/** Where quick exit goes; the neutral default when the API cannot say. */
export const loadExitUrl = async (): Promise<string> =>
  getJson('/api/config').then(
    (body) => SiteConfig.parse(body).exitUrl,
    () => DEFAULT_EXIT_URL,
  );

const isProgramme = (value: string): value is ProgrammeId => (programmeIds as readonly string[]).includes(value);

/** A programme page's parameters checked (404 for an unknown language or programme), its live state and quick exit. */
export const loadProgrammePage = async (params: Promise<{ lang: string; programme: string }>) => {
  const { lang, programme } = await params;
  if (!hasLocale(routing.locales, lang) || !isProgramme(programme)) notFound();
  const [state, exitUrl] = await Promise.all([loadProgramme(programme), loadExitUrl()]);
  return { lang, programme, state, exitUrl };
};

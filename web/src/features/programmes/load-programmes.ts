import { DEFAULT_EXIT_URL, type ProgrammeId } from '@helpline/shared/domain';
import { type ProgrammeState, ProgrammesAnswer, SiteConfig } from '@helpline/shared/http';
import { apiOrigin } from '../../lib/server-env';

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

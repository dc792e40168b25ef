import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProgrammeId } from '@helpline/shared/domain';
import { E2E_ALLOWED_ORIGINS } from '../../fixtures/server';

const manifest = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../web/.next/app-path-routes-manifest.json',
);
const ANY_ID = '00000000-0000-4000-8000-000000000000';

/** A dynamic segment filled in: every programme, or one value for any other parameter. */
const fill = (segment: string): string[] => {
  if (segment === '[programme]') return [...ProgrammeId.options];
  if (segment.startsWith('[[...') || segment.startsWith('[...')) return ['a/b'];
  if (segment.startsWith('[')) return [ANY_ID];
  return [segment];
};

/**
 * Every page the built web app serves, read from its route list so a new page is covered without touching the tests:
 * Dutch without a prefix and under /nl, English under /en. Next's own /_not-found is reached through an unknown path.
 */
export const pagePaths = (): string[] => {
  const routes = Object.values(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>);
  const paths = routes
    .filter((route) => !route.startsWith('/_'))
    .flatMap((route) => {
      const segments = route.split('/').filter(Boolean);
      const localized = segments[0] === '[lang]';
      const expanded = (localized ? segments.slice(1) : segments).reduce<string[]>(
        (prefixes, segment) => prefixes.flatMap((prefix) => fill(segment).map((value) => `${prefix}/${value}`)),
        [''],
      );
      return localized ? ['', '/nl', '/en'].flatMap((lang) => expanded.map((p) => `${lang}${p}` || '/')) : expanded;
    });
  return [...new Set([...paths, '/no-such-page', '/en/no-such-page'])];
};

/** The widget's embed frame, the answer of its closed form and its mailbox: the only pages other sites may frame. */
export const isEmbedFrame = (pagePath: string) =>
  /^\/(?:(?:en|nl)\/)?embed\/[a-z0-9-]+(?:\/closed|\/mailbox(?:\/read)?)?$/.test(pagePath);

/** The origins the server was started with (fixtures/server.ts), besides its own. */
export const allowedOrigins = () =>
  E2E_ALLOWED_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);

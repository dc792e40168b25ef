import { replaceInternalLink } from './features/quick-exit/quick-exit';

const SETTINGS = '__zod_globalConfig';

/**
 * Zod probes `new Function` to compile faster parsers; the pages' CSP forbids eval, so the probe would be reported as
 * a violation on every page. Zod keeps its settings in one global object and adopts one already there, so this sets
 * them without importing zod: importing even its `config` put zod's core into every page's first scripts.
 */
export const parseWithoutEval = () => {
  const settings: unknown = Reflect.get(globalThis, SETTINGS);
  if (settings && typeof settings === 'object') Object.assign(settings, { jitless: true });
  else Reflect.set(globalThis, SETTINGS, { jitless: true });
};

// Runs before the app's code in the browser.
parseWithoutEval();

/**
 * On the visitor pages (those with quick exit), a click on a link of ours replaces the history entry from the moment
 * the scripts run, not only once the page is hydrated: a link clicked early would otherwise leave an entry that Back
 * finds after a quick exit.
 */
export const keepVisitInOneEntry = () =>
  document.addEventListener('click', (event) => {
    if (document.querySelector('[data-quick-exit]')) replaceInternalLink(event);
  });

if (typeof document !== 'undefined') keepVisitInOneEntry();

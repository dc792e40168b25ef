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

import { config } from 'zod/v4/core';

// Runs before the app's code in the browser. Zod probes `new Function` to compile faster parsers; the pages' CSP
// forbids eval, so the probe would be reported as a violation on every page. Parse without it. Only the setting is
// imported (the same global configuration the `zod` package reads), so pages that never parse do not load zod.
config({ jitless: true });

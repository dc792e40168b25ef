import { z } from 'zod';

// Runs before the app's code in the browser. Zod probes `new Function` to compile faster parsers; the pages' CSP
// forbids eval, so the probe would be reported as a violation on every page. Parse without it.
z.config({ jitless: true });

import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const root = path.resolve(import.meta.dirname, '..');

// Security headers (CSP with a per-request script nonce, framing, caching) are set by the server in front of Next.js,
// from its one configuration: server/src/http/security-headers.ts.
const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: ['@helpline/shared'],
  outputFileTracingRoot: root,
  turbopack: { root },
};

// Every `<locale>.json` under src is a feature's messages, compiled at build time: the browser gets no ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  experimental: { messages: { path: './src', format: 'json', locales: ['nl', 'en'], precompile: true } },
});

export default withNextIntl(config);

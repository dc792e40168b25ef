import path from 'node:path';
import type { NextConfig } from 'next';

const root = path.resolve(import.meta.dirname, '..');

// Security headers (CSP with a per-request script nonce, framing, caching) are set by the server in front of Next.js,
// from its one configuration: server/src/http/security-headers.ts.
const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: ['@helpline/shared'],
  outputFileTracingRoot: root,
  turbopack: { root },
  // Dutch is served without a prefix; English lives under /en.
  rewrites: async () => ({
    beforeFiles: [
      { source: '/', destination: '/nl' },
      { source: '/:path((?!en(?:/|$)|nl(?:/|$)|api/|_next/|socket\\.io/|widget\\.js$).+)', destination: '/nl/:path' },
    ],
    afterFiles: [],
    fallback: [],
  }),
};

export default config;

import path from 'node:path';
import type { NextConfig } from 'next';

const root = path.resolve(import.meta.dirname, '..');

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
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'no-referrer' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
      ],
    },
  ],
};

export default config;

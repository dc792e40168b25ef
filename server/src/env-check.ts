import { loadEnv } from './env';

// Run by `npm start` before it builds anything, so a bad setting fails in a second, not after a build.
loadEnv();

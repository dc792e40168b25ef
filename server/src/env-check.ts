import { loadEnv } from './env';

// Run by `npm start` right after the quick server build, so a bad setting fails before the slower web build.
loadEnv();

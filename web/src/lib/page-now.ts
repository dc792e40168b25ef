import { PAGE_CLOCK, type PageClock } from '@helpline/shared/http';

/**
 * Now, for the pages' server code: the API's clock when the pages run in its process (in browser tests its test
 * clock, so a page at "02:00" says what the API says then), else this machine's.
 */
export const pageNow = (): Date => (globalThis as { [PAGE_CLOCK]?: PageClock })[PAGE_CLOCK]?.now() ?? new Date();

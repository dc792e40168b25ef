export { delay, until } from '../test-kit';

/** Milliseconds since `start`, rounded. */
export const since = (start: number) => Math.round(performance.now() - start);

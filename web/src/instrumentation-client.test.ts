import { expect, it } from 'vitest';

it('switches zod to parsing without `new Function` before zod loads, without importing it', async () => {
  await import('./instrumentation-client');
  const { config } = await import('zod/v4/core');
  expect(config().jitless).toBe(true);
});

import type { AddressInfo } from 'node:net';
import { restRoutes } from '@helpline/shared';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCheck } from '../src/http/answer-check';
import { createErrorHandler } from '../src/http/error.middleware';
import { createLogger } from '../src/logger';

describe('the answer check of the tests (HELPLINE_CHECK_ANSWERS)', () => {
  let base = '';
  let close = () => {};
  beforeAll(async () => {
    // The health route answering what its query asks: its contract, or a shape that drifted from it.
    const app = express()
      .use('/api', answerCheck)
      .get(restRoutes.health.path, (req, res) => {
        res.json(req.query.drift ? { ok: 'yes' } : { ok: true, db: 'pglite' });
      })
      .use(createErrorHandler(createLogger('silent')));
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('lets an answer that fits its route table schema through', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'pglite' });
  });

  it('fails a request whose answer drifted from the schema, so the test that got it fails', async () => {
    const res = await fetch(`${base}/api/health?drift=1`);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: 'INTERNAL' } });
  });
});

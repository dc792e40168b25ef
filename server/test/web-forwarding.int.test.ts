import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_KEY_HEADER, WEB_TOKEN_HEADER } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHandler } from '../src/web';
import { startTestApp, type TestApp } from './harness';

// A visitor without JavaScript posts the mailbox form to the web app, whose server code calls the API for them: the
// API must limit that visitor, not the web app (every visitor would share one allowance), and must not let anyone else
// choose whose allowance they spend.

/** Stands in for Next.js: remembers the headers each page request reached it with. */
const pages = () => {
  const seen: IncomingMessage['headers'][] = [];
  const handler: WebHandler = {
    handle: async (req: IncomingMessage, res: ServerResponse) => {
      seen.push({ ...req.headers });
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>page</title>');
    },
    close: async () => {},
  };
  return { handler, seen };
};

const THREAD = { programme: 'helpwanted', body: 'Ik word gechanteerd met foto’s.' };
const VISITOR_A = '198.51.100.20';
const VISITOR_B = '2001:db8:7:1::5';

describe('the web app calls the API for a visitor (forms without JavaScript)', () => {
  let t: TestApp;
  const web = pages();
  beforeAll(async () => {
    t = await startTestApp({ env: { HELPLINE_TRUST_PROXY: '1' }, web: web.handler });
  });
  afterAll(() => t.close());

  const page = async (from: string, headers: Record<string, string> = {}, method = 'GET') => {
    const before = web.seen.length;
    const res = await fetch(`${t.url}/mailbox/helpwanted`, {
      method,
      headers: { 'x-forwarded-for': from, ...headers },
      ...(method === 'POST' ? { body: 'programme=helpwanted' } : {}),
    });
    await res.text();
    return { status: res.status, seen: web.seen.length > before ? web.seen.at(-1) : undefined };
  };

  const writeAs = (key: string, token?: string) =>
    fetch(`${t.url}/api/mailbox`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CLIENT_KEY_HEADER]: key,
        ...(token ? { [WEB_TOKEN_HEADER]: token } : {}),
      },
      body: JSON.stringify(THREAD),
    }).then((res) => res.status);

  it('hands every page request the visitor’s own key, never one or a token the request brought', async () => {
    const forged = 'f'.repeat(43);
    const a1 = await page(VISITOR_A, { [CLIENT_KEY_HEADER]: forged, [WEB_TOKEN_HEADER]: 'x'.repeat(43) });
    const a2 = await page(VISITOR_A);
    const b = await page(VISITOR_B);
    const keyA = a1.seen?.[CLIENT_KEY_HEADER];
    expect(keyA).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keyA).not.toBe(forged);
    expect(a1.seen?.[WEB_TOKEN_HEADER]).toBeUndefined();
    expect(a2.seen?.[CLIENT_KEY_HEADER]).toBe(keyA);
    expect(b.seen?.[CLIENT_KEY_HEADER]).not.toBe(keyA);
  });

  it('counts the web app’s calls against the visitor it forwards, only with the shared token', async () => {
    const keyA = (await page(VISITOR_A)).seen?.[CLIENT_KEY_HEADER] as string;
    const keyB = (await page(VISITOR_B)).seen?.[CLIENT_KEY_HEADER] as string;
    const token = t.env.webToken;
    const asA = await Promise.all(Array.from({ length: 11 }, () => writeAs(keyA, token)));
    expect(asA.filter((status) => status === 201)).toHaveLength(10);
    expect(asA.filter((status) => status === 429)).toHaveLength(1);
    expect(await writeAs(keyB, token)).toBe(201);
    // Without the token a key is ignored: these all count as the caller's own address, one allowance.
    const forged = await Promise.all(Array.from({ length: 11 }, (_, i) => writeAs(`${'k'.repeat(41)}${i}x`)));
    expect(forged.filter((status) => status === 429)).toHaveLength(1);
    expect(await writeAs(keyB, 'not-the-token-but-long-enough-to-look-like-one')).toBe(429);
  });

  it('takes a form post to a page only from this site', async () => {
    const own = await page(VISITOR_A, { origin: 'null', 'sec-fetch-site': 'same-origin' }, 'POST');
    expect(own.status).toBe(200);
    expect(own.seen?.origin).toBe(`http://127.0.0.1:${t.port}`);
    const framed = await page(VISITOR_A, { origin: 'null', 'sec-fetch-site': 'cross-site' }, 'POST');
    expect(framed).toEqual({ status: 403, seen: undefined });
    const elsewhere = await page(VISITOR_A, { origin: 'https://evil.example' }, 'POST');
    expect(elsewhere).toEqual({ status: 403, seen: undefined });
  });
});

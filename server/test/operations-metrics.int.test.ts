import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testServerUrl } from '@helpline/db/testing';
import { CounsellorStatus, ProcessState, programmeIds, restRoutes, routeLabel } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { UNMATCHED_ROUTES } from '../src/http/request-metrics.middleware';
import { NAMESPACES } from '../src/metrics/metrics';
import { startTestApp, type TestApp } from './harness';
import { chat, type Member, member } from './helpers/chats';
import { writeThread } from './helpers/mailbox';
import { ask, visitorSocket } from './helpers/sockets';

// Monday 10:00 in Amsterdam: both programmes open, whatever the hour the suite runs at.
const MONDAY_MORNING = new Date('2026-11-23T09:00:00Z');

type Sample = { name: string; labels: Record<string, string>; value: number };

/** Prometheus text format: one sample per line that is not a comment. */
const parse = (text: string): Sample[] =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1] ?? '', labels, value: Number(match[3]) };
    });

const routeTemplates = [...Object.values(restRoutes).map(routeLabel), ...Object.values(UNMATCHED_ROUTES)];

/** Every label value our own metrics may carry: fixed sets, none of them from a request or a visitor. */
const FIXED: Record<string, (value: string) => boolean> = {
  programme: (v) => (programmeIds as readonly string[]).includes(v),
  presence: (v) => (CounsellorStatus.options as readonly string[]).includes(v),
  namespace: (v) => (NAMESPACES as readonly string[]).includes(v),
  route: (v) => routeTemplates.includes(v),
  status: (v) => /^[1-5]\d\d$/.test(v),
  sender: (v) => ['visitor', 'counsellor', 'system'].includes(v),
  state: (v) => (ProcessState.options as readonly string[]).includes(v),
  le: (v) => /^(\d+(\.\d+)?|\+Inf)$/.test(v),
};
/** prom-client's process and Node.js metrics: labels that name Node's own things (a GC kind, a heap space, a version). */
const NODE_LABELS = new Set(['version', 'major', 'minor', 'patch', 'kind', 'space', 'type', 'le']);

let t: TestApp;
let counsellor: Member;
let scrape: () => Promise<{ status: number; text: string; samples: Sample[] }>;
beforeAll(async () => {
  t = await startTestApp({
    clock: createManualClock(MONDAY_MORNING),
    env: { HELPLINE_METRICS_PORT: '0', HELPLINE_TRUST_PROXY: '1' },
  });
  counsellor = await member(t, { programmes: ['helpwanted'] });
  scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${t.app.metricsPort()}/metrics`);
    const text = await res.text();
    return { status: res.status, text, samples: res.status === 200 ? parse(text) : [] };
  };
});
afterAll(async () => {
  counsellor.socket.close();
  await t.close();
});

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

describe(`Prometheus metrics on their own listener (${testServerUrl() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('count chats, staff, mailbox threads, messages, batches, sockets and requests; no label holds an id or text', async () => {
    const secrets: string[] = [];
    // A chat that ended, one going on with messages both ways, one waiting.
    await chat(t, counsellor, 'helpwanted');
    const open = await chat(t, counsellor, 'helpwanted', { keepOpen: true });
    secrets.push(open.conversationId, open.visitor.token, counsellor.username, counsellor.alias);
    for (const [socket, body] of [
      [open.visitor.socket, `geheim bezoeker ${randomUUID()}`],
      [counsellor.socket, `geheim antwoord ${randomUUID()}`],
    ] as const) {
      secrets.push(body);
      const sent = await ask(socket, 'message:send', {
        conversationId: open.conversationId,
        clientId: randomUUID(),
        body,
      });
      expect(sent.ok).toBe(true);
    }
    const waiting = await visitorSocket(t);
    const joined = await ask(waiting.socket, 'queue:join', { programme: 'helpwanted' });
    expect(joined.ok).toBe(true);
    secrets.push(waiting.token, String(joined.ok && joined.conversationId));
    expect(await ask(counsellor.socket, 'presence:set', { status: 'away' })).toEqual({ ok: true });
    // A mailbox thread waiting for its answer.
    const letter = `brief ${randomUUID()}`;
    const thread = await writeThread(t, 'helpwanted', letter);
    secrets.push(letter, thread.code, thread.conversationId);
    // Requests with ids, codes and text in their URLs, to routes of the table and to none.
    const id = randomUUID();
    const typed = `zoekterm${randomUUID().slice(0, 8)}`;
    const hostile = `/api/nothing/${id}?code=${thread.code}&q=%3C${typed}%3E`;
    secrets.push(id, typed);
    for (const path of [`/api/conversations/${id}`, `/api/staff/${id}`, hostile, `/chat/${id}`, '/readyz', '/livez'])
      await fetch(`${t.url}${path}`);

    const { status, text, samples } = await scrape();
    expect(status).toBe(200);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const sample of samples) {
      for (const [label, labelValue] of Object.entries(sample.labels)) {
        if (sample.name.startsWith('helpline_')) {
          expect(FIXED[label]?.(labelValue), `${sample.name} ${label}="${labelValue}"`).toBe(true);
        } else {
          expect(NODE_LABELS.has(label), `${sample.name} ${label}`).toBe(true);
          expect(labelValue).toMatch(/^[\w.+]*$/);
        }
      }
    }

    expect(value(samples, 'helpline_chats_waiting', { programme: 'helpwanted' })).toBe(1);
    expect(value(samples, 'helpline_chats_waiting', { programme: 'stopitnow' })).toBe(0);
    expect(value(samples, 'helpline_chats_active', { programme: 'helpwanted' })).toBe(1);
    expect(value(samples, 'helpline_chats_longest_wait_seconds', { programme: 'helpwanted' })).toBeGreaterThanOrEqual(
      0,
    );
    expect(value(samples, 'helpline_mailbox_unanswered', { programme: 'helpwanted' })).toBe(1);
    expect(value(samples, 'helpline_staff', { presence: 'away' })).toBe(1);
    expect(value(samples, 'helpline_messages_stored_total', { sender: 'visitor' })).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'helpline_messages_stored_total', { sender: 'counsellor' })).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'helpline_message_batch_size_count')).toBeGreaterThanOrEqual(2);
    expect(value(samples, 'helpline_message_store_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(value(samples, 'helpline_socket_connections', { namespace: '/visitor' })).toBe(2);
    expect(value(samples, 'helpline_socket_connections', { namespace: '/staff' })).toBe(1);
    expect(value(samples, 'helpline_process_state', { state: 'serving' })).toBe(1);
    expect(value(samples, 'helpline_http_requests_total', { route: 'GET /api/conversations/:id', status: '401' })).toBe(
      1,
    );
    // GET /api/staff/:id is no route of the table (PATCH is): it counts with the hostile path, under no template.
    expect(value(samples, 'helpline_http_requests_total', { route: UNMATCHED_ROUTES.api, status: '404' })).toBe(2);
    expect(value(samples, 'helpline_http_requests_total', { route: UNMATCHED_ROUTES.pages, status: '404' })).toBe(1);
    expect(value(samples, 'helpline_http_requests_total', { route: 'GET /readyz', status: '200' })).toBe(1);
    expect(value(samples, 'helpline_http_request_duration_seconds_count', { route: 'POST /api/mailbox' })).toBe(1);
    expect(value(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
    expect(value(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    waiting.socket.close();
    open.visitor.socket.close();
  });

  it('the metrics listener serves /metrics only, on a port of its own', async () => {
    expect((await fetch(`http://127.0.0.1:${t.app.metricsPort()}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${t.app.metricsPort()}/api/health`)).status).toBe(404);
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    expect(t.app.metricsPort()).not.toBe(t.port);
  });

  it('the Grafana dashboard in deploy/ asks only for metrics the server has', async () => {
    const dashboard = readFileSync(
      path.join(import.meta.dirname, '..', '..', 'deploy', 'grafana-dashboard.json'),
      'utf8',
    );
    const asked = [...new Set(dashboard.match(/\b(helpline|nodejs|process)_\w+/g) ?? [])];
    const served = new Set((await scrape()).samples.map((s) => s.name));
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((name) => !served.has(name))).toEqual([]);
  });

  it('is off unless HELPLINE_METRICS_PORT is set', async () => {
    const plain = await startTestApp();
    try {
      expect(plain.app.metricsPort()).toBeUndefined();
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

import { MissedReport, ReportSummaryAnswer } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import {
  APRIL_START,
  type Dataset,
  generateDataset,
  insertDataset,
  MARCH_START,
  YEAR_END,
  YEAR_START,
} from './helpers/report-dataset';
import { expectedMissed, expectedSummary, type Window } from './helpers/report-expected';
import { call, createStaff, loginAs } from './helpers/staff';

let t: TestApp;
let cookie = '';
let data: Dataset;

/** Rounds every number to 9 decimals: the database and JavaScript may differ in the last bit of a percentile. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e9) / 1e9
    : Array.isArray(value)
      ? value.map(rounded)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
        : value;

const get = async (path: string) => {
  const res = await call(t, 'GET', path, { cookie });
  expect(res.status).toBe(200);
  return res.json();
};

const windows: [name: string, query: string, window: Window][] = [
  [
    'the whole year, all programmes',
    'from=2025-01-01&to=2026-01-01',
    { programme: null, from: YEAR_START, to: YEAR_END },
  ],
  [
    'the whole year, Stop it Now',
    'programme=stopitnow&from=2025-01-01&to=2026-01-01',
    { programme: 'stopitnow', from: YEAR_START, to: YEAR_END },
  ],
  [
    'March (bounds on local midnight, across the change to summer time), Helpwanted',
    'programme=helpwanted&from=2025-03-01&to=2025-04-01',
    { programme: 'helpwanted', from: MARCH_START, to: APRIL_START },
  ],
  [
    'a period given as ISO date-times',
    `from=${encodeURIComponent('2025-06-15T10:30:00+02:00')}&to=${encodeURIComponent('2025-11-02T08:00:00Z')}`,
    { programme: null, from: new Date('2025-06-15T10:30:00+02:00'), to: new Date('2025-11-02T08:00:00Z') },
  ],
];

beforeAll(async () => {
  t = await startTestApp({ clock: createManualClock(new Date('2026-01-10T12:00:00Z')) });
  data = generateDataset();
  await insertDataset(t.db.db, data);
  cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
}, 120_000);
afterAll(() => t.close());

describe('yearly figures on a generated year of contacts', () => {
  it('holds a few thousand contacts of every kind', () => {
    expect(data.chats.length + data.logged.length + data.missed.length).toBeGreaterThan(3000);
    expect(new Set(data.missed.map((m) => m.kind))).toEqual(new Set(['outside-hours', 'abandoned', 'timed-out']));
    expect(data.referrals.length).toBeGreaterThan(20);
    expect(data.surveys.length).toBeGreaterThan(200);
  });

  it.each(windows)(
    'summary of %s matches the counts of the generated data, with the period before',
    async (_n, query, w) => {
      const answer = ReportSummaryAnswer.parse(await get(`/api/reports/summary?${query}`));
      const { previous, ...current } = answer;
      expect(rounded(current)).toEqual(rounded(expectedSummary(data, w)));
      const length = w.to.getTime() - w.from.getTime();
      const before = { programme: w.programme, from: new Date(w.from.getTime() - length), to: w.from };
      expect(rounded(previous)).toEqual(rounded(expectedSummary(data, before)));
      expect(current.contacts.total).toBeGreaterThan(0);
    },
  );

  it.each(windows)('missed contacts of %s match by kind, hour, weekday and service level', async (_n, query, w) => {
    const answer = MissedReport.parse(await get(`/api/supervisor/missed?${query}`));
    expect(rounded(answer)).toEqual(rounded(expectedMissed(data, w, answer.itemsLimit)));
    expect(answer.total).toBeGreaterThan(0);
  });

  it('counts a year of contacts in the CSV export: one row per chat request and logged contact, tags as columns', async () => {
    const res = await call(t, 'GET', '/api/reports/export.csv?from=2025-01-01&to=2026-01-01', { cookie });
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="contacts-all-2025-01-01-2025-12-31.csv"',
    );
    const lines = (await res.text()).trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 4)).toEqual(['id', 'programme', 'channel', 'status']);
    expect(header).toEqual(expect.arrayContaining(['gender', 'subjects', 'concerns', 'foundVia']));
    const inYear = (at: Date) => at >= YEAR_START && at < YEAR_END;
    expect(lines.length - 1).toBe(
      data.chats.filter((c) => inYear(c.queuedAt)).length + data.logged.filter((k) => inYear(k.at)).length,
    );
    const phone = data.logged.find((k) => k.channel === 'phone' && Array.isArray(k.tags.concerns ?? k.tags.subjects));
    const row = lines.find((l) => phone && l.startsWith(phone.id))?.split(',') ?? [];
    const list = (phone?.tags.concerns ?? phone?.tags.subjects) as string[];
    expect(row).toContain(list.join(';'));
    const column = header.indexOf('urgency');
    const urgentChat = data.chats.find((c) => inYear(c.queuedAt) && c.urgency === 'self-harm');
    expect(lines.find((l) => urgentChat && l.startsWith(urgentChat.id))?.split(',')[column]).toBe('self-harm');
  });

  it('refuses a period that ends before it starts, and a wrong programme, naming the field', async () => {
    const backwards = await call(t, 'GET', '/api/reports/summary?from=2025-05-01&to=2025-04-01', { cookie });
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'to' } });
    const wrong = await call(t, 'GET', '/api/supervisor/missed?programme=elsewhere', { cookie });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'programme' } });
  });
});

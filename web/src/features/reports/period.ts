import { type ProgrammeId, programmeIds } from '@helpline/shared';

/** What the supervisor chose: a programme (or both) and whole local days, `until` included. */
export type PeriodChoice = { programme: ProgrammeId | null; from: string; until: string };
export type PeriodDefault = 'last30' | 'thisYear';
type Search = Record<string, string | string[] | undefined>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));

/** Today's date in the helplines' time zone. */
export const todayIn = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

/** Calendar arithmetic on YYYY-MM-DD (no time zone involved). */
export const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const presets = (today: string) => {
  const year = today.slice(0, 4);
  const last = String(Number(year) - 1);
  return {
    last30: { from: addDays(today, -29), until: today },
    thisYear: { from: `${year}-01-01`, until: today },
    lastYear: { from: `${last}-01-01`, until: `${last}-12-31` },
  };
};

/** The choice in the page's query string, falling back to a sensible period; a reversed period is put right. */
export const periodFromSearch = (search: Search, fallback: PeriodDefault, now: Date): PeriodChoice => {
  const today = todayIn(now);
  const base = presets(today)[fallback];
  const programme = programmeIds.find((p) => p === search.programme) ?? null;
  const from = isDate(search.from) ? search.from : base.from;
  const until = isDate(search.until) ? search.until : base.until;
  return from <= until ? { programme, from, until } : { programme, from: until, until: from };
};

/** The API's query: `to` is exclusive, so the day after `until`. */
export const apiQuery = (choice: PeriodChoice) => {
  const q = new URLSearchParams({ from: choice.from, to: addDays(choice.until, 1) });
  if (choice.programme) q.set('programme', choice.programme);
  return q.toString();
};

/** The same choice as the page's own query string (for links to the print page and back). */
export const pageQuery = (choice: PeriodChoice) => {
  const q = new URLSearchParams({ from: choice.from, until: choice.until });
  if (choice.programme) q.set('programme', choice.programme);
  return q.toString();
};

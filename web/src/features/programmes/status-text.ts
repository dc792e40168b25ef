import type { ProgrammeState } from '@helpline/shared/http';
import type { Dictionary } from '~/i18n';
import { formatClock, formatWhen } from '~/lib/format-time';
import type { ProgrammesDictionary } from './i18n';

/** Closing at midnight reads as the end of the day, "24:00", not "00:00". */
const closingClock = (iso: string, t: Dictionary) => {
  const clock = formatClock(new Date(iso), t);
  return clock === '00:00' ? '24:00' : clock;
};

/** "Nu open, tot 23:00" or "Gesloten. De chat is weer open morgen om 07:00". */
export const statusText = (p: ProgrammeState, now: Date, t: Dictionary) => {
  if (p.open) return t.state.openUntil(p.closesAt ? closingClock(p.closesAt, t) : '…');
  return p.opensAt ? t.state.closedUntil(formatWhen(new Date(p.opensAt), now, t)) : t.state.closed;
};

/** The honest wait: starts at once, nobody there (no promise), or the queue with its estimate. */
export const waitText = (p: ProgrammeState, d: ProgrammesDictionary) => {
  if (p.counsellorsAvailable === 0) return d.nobodyAvailable;
  if (p.estimatedWaitSeconds === 0) return d.startsNow;
  return d.queue(p.waiting, Math.max(1, Math.ceil(p.estimatedWaitSeconds / 60)));
};

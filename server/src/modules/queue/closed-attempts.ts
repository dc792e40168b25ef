import { type Database, missedContacts } from '@helpline/db';
import { localDay, type ProgrammeId } from '@helpline/shared';
import type { Clock } from '../../clock';
import type { ProgrammeService } from '../programmes/programme.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Attempt ids remembered at most; past this the oldest are forgotten first (a bound, never reached in practice). */
const MAX_REMEMBERED = 20_000;

type Deps = { db: Database; programmes: Pick<ProgrammeService, 'stateOf' | 'hoursOf'>; clock: Clock };

/**
 * A visitor without JavaScript presses "start the chat" on a closed programme's page: counted as a missed contact
 * outside hours, as a refused `queue:join` is, but without a visitor (there is no token without scripts). So that a
 * second press of the same page (a double click, Back and submit again) does not count twice, each rendered form
 * carries a random attempt id: the first post of an id counts, later ones do not. The ids are random per page view,
 * say nothing about who sent them, and live only in this process's memory for a day; a reload of the answer page is a
 * GET and counts nothing.
 */
export const createClosedAttempts = ({ db, programmes, clock }: Deps) => {
  const seen = new Map<string, number>();
  const forgetOld = (now: number) => {
    for (const [id, at] of seen) {
      if (now - at < DAY_MS && seen.size < MAX_REMEMBERED) break;
      seen.delete(id);
    }
  };
  return {
    /** Answers whether the programme is open after all (nothing counted then), and when it opens. */
    record: async (programme: ProgrammeId, attemptId: string | null) => {
      const now = clock.now();
      const state = await programmes.stateOf(programme, now);
      if (state.open) return { open: true as const };
      forgetOld(now.getTime());
      const isRepeat = attemptId !== null && seen.has(attemptId);
      if (!isRepeat) {
        if (attemptId !== null) seen.set(attemptId, now.getTime());
        const day = localDay(await programmes.hoursOf(programme), now);
        await db.insert(missedContacts).values({ programmeId: programme, kind: 'outside-hours', occurredAt: now, day });
      }
      return { open: false as const, opensAt: state.opensAt };
    },
  };
};

export type ClosedAttempts = ReturnType<typeof createClosedAttempts>;

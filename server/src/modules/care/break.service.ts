import type { Database } from '@helpline/db';
import {
  BREAK_SNOOZE_MINUTES,
  type BreakCleared,
  type BreakSuggested,
  isHeavy,
  type ProgrammeId,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import type { ConversationRepo } from '../conversations/conversation.repo';
import { type BreakStep, isSameState, stepBreak, suggest, suggestionOf } from './break-step';
import type { CareRepo } from './care.repo';

/** What a counsellor's tabs hear of their break suggestion. */
export type BreakChange = { suggested: BreakSuggested } | { cleared: BreakCleared };

/** A tag save this long after the chat ended still brings the heavy-chat suggestion ("closing" it in the workspace). */
const HEAVY_AFTER_END_MS = 60 * 60 * 1000;

type Deps = {
  db: Database;
  repo: CareRepo;
  clock: Clock;
  /** Tells every tab of the member, in every process. */
  onChange: (staffId: string, change: BreakChange) => void;
  conversations: Pick<ConversationRepo, 'findById'>;
};

/**
 * Break suggestions, decided by the server so they hold across tabs and processes and can be counted: after a stretch
 * of chat time (the periodic step) and after a heavy chat closes. The state lives in `care_states`, changed only under
 * its row lock; each suggestion made is counted (programme and hour only).
 */
export const createBreakService = ({ db, repo, clock, onChange, conversations }: Deps) => {
  const announce = (staffId: string, step: Pick<BreakStep, 'push'>) => {
    if (step.push) onChange(staffId, step.push);
  };

  return {
    /** The periodic step for every counsellor at once (safe in several processes: rows are locked, then re-read). */
    step: async () => {
      const now = clock.now();
      const stretch = new Map((await repo.settings()).map((s) => [s.programme, s.stretchMinutes]));
      const pushes = await db.transaction(async (tx) => {
        const held = new Map<string, ProgrammeId[]>();
        for (const { staffId, programme } of await repo.heldChats(tx))
          if (staffId) held.set(staffId, [...(held.get(staffId) ?? []), programme]);
        const rows = await repo.lockAll(tx, [...held.keys()]);
        const out: [string, BreakStep][] = [];
        for (const { staffId, ...state } of rows) {
          const step = stepBreak(
            state,
            now,
            held.get(staffId) ?? [],
            (p) => stretch.get(p) ?? Number.POSITIVE_INFINITY,
          );
          if (!step.made && !step.push && isSameState(step.next, state)) continue;
          await repo.save(tx, staffId, step.next);
          if (step.made) await repo.count(tx, { kind: 'break-suggested', ...step.made }, now);
          out.push([staffId, step]);
        }
        return out;
      });
      for (const [staffId, step] of pushes) announce(staffId, step);
    },

    /**
     * A chat closed (ended, or its counsellor saved its tags soon after): when it is heavy by its programme's setting,
     * its counsellor is offered a break, once per chat.
     */
    afterClose: async (conversationId: string, savedBy?: string) => {
      const now = clock.now();
      const row = await conversations.findById(conversationId);
      if (row?.channel !== 'chat' || row.status !== 'ended' || !row.counsellorId) return;
      const counsellorId = row.counsellorId;
      if (savedBy !== undefined && savedBy !== counsellorId) return;
      if (row.endedAt && now.getTime() - row.endedAt.getTime() > HEAVY_AFTER_END_MS) return;
      const setting = (await repo.settings()).find((s) => s.programme === row.programmeId);
      if (!setting || !isHeavy(setting.heavyTags, row.tags, row.urgency)) return;
      const step = await db.transaction(async (tx) => {
        if (!(await repo.claimHeavy(tx, conversationId))) return null;
        const made = suggest(await repo.lockOne(tx, counsellorId), now, {
          reason: 'heavy',
          programme: row.programmeId,
        });
        await repo.save(tx, counsellorId, made.next);
        await repo.count(tx, { kind: 'break-suggested', reason: 'heavy', programme: row.programmeId }, now);
        return made;
      });
      if (step) announce(counsellorId, step);
    },

    /** "Later": gone from every tab, back after the snooze if still open then. */
    snooze: async (staffId: string) => {
      const snoozedUntil = new Date(clock.now().getTime() + BREAK_SNOOZE_MINUTES * 60_000);
      await db.transaction(async (tx) => {
        const state = await repo.lockOne(tx, staffId);
        await repo.save(tx, staffId, { ...state, snoozedUntil });
      });
      const cleared = { snoozedUntil: snoozedUntil.toISOString() };
      onChange(staffId, { cleared });
      return cleared;
    },

    /** "Close": the open suggestion goes from every tab (a stretch brings the next one a full stretch later). */
    dismiss: async (staffId: string) => {
      await db.transaction(async (tx) => {
        const state = await repo.lockOne(tx, staffId);
        await repo.save(tx, staffId, {
          ...state,
          suggestion: null,
          suggestedAt: null,
          stretchMinutes: null,
          snoozedUntil: null,
        });
      });
      onChange(staffId, { cleared: { snoozedUntil: null } });
    },

    /** The suggestion a newly connected tab shows now, if any. */
    current: async (staffId: string) => {
      const state = await repo.find(staffId);
      if (state.snoozedUntil && state.snoozedUntil > clock.now()) return null;
      return suggestionOf(state);
    },
  };
};

export type BreakService = ReturnType<typeof createBreakService>;

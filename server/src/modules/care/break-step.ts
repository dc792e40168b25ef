import { BREAK_GAP_MINUTES, type BreakReason, type BreakSuggested, type ProgrammeId } from '@helpline/shared';

const MINUTE_MS = 60_000;

/** One counsellor's stretch and open suggestion, as `care_states` holds it. */
export type BreakState = {
  stretchStartedAt: Date | null;
  lastChatAt: Date | null;
  stretchRemindedAt: Date | null;
  suggestion: BreakReason | null;
  suggestedAt: Date | null;
  stretchMinutes: number | null;
  snoozedUntil: Date | null;
};

export const NO_BREAK_STATE: BreakState = {
  stretchStartedAt: null,
  lastChatAt: null,
  stretchRemindedAt: null,
  suggestion: null,
  suggestedAt: null,
  stretchMinutes: null,
  snoozedUntil: null,
};

/** What a step decided: the state to store, a suggestion made now (counted), what the counsellor's tabs hear. */
export type BreakStep = {
  next: BreakState;
  made: { reason: BreakReason; programme: ProgrammeId } | null;
  push: { suggested: BreakSuggested } | { cleared: { snoozedUntil: null } } | null;
};

/** Whether a step changed nothing worth storing. */
export const isSameState = (a: BreakState, b: BreakState) =>
  (Object.keys(a) as (keyof BreakState)[]).every((key) => {
    const [x, y] = [a[key], b[key]];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });

export const suggestionOf = (state: BreakState): BreakSuggested | null =>
  state.suggestion && state.suggestedAt
    ? {
        reason: state.suggestion,
        at: state.suggestedAt.toISOString(),
        ...(state.suggestion === 'stretch' && state.stretchMinutes !== null
          ? { stretchMinutes: state.stretchMinutes }
          : {}),
      }
    : null;

const isSnoozed = (state: BreakState, now: Date) => state.snoozedUntil !== null && state.snoozedUntil > now;

/** A new suggestion replaces an open one; it shows at once unless the counsellor snoozed, then when the snooze ends. */
export const suggest = (
  state: BreakState,
  now: Date,
  made: { reason: BreakReason; programme: ProgrammeId },
  stretchMinutes: number | null = null,
): BreakStep => {
  const next = { ...state, suggestion: made.reason, suggestedAt: now, stretchMinutes };
  const shown = suggestionOf(next);
  return { next, made, push: !isSnoozed(next, now) && shown ? { suggested: shown } : null };
};

/**
 * The periodic step for one counsellor. `held` are the programmes of the chats they hold now (empty: none), and
 * `stretchOf` each programme's stretch length in minutes; with chats of both, the shorter one counts.
 * - Holding a chat starts a stretch (when none runs) and keeps it going.
 * - BREAK_GAP_MINUTES without any chat ends it: the break is taken, a stretch suggestion still open goes.
 * - A full stretch length after its start (or after its last suggestion) brings a `stretch` suggestion.
 * - When a snooze ends, the suggestion still open shows again.
 */
export const stepBreak = (
  state: BreakState,
  now: Date,
  held: ProgrammeId[],
  stretchOf: (programme: ProgrammeId) => number,
): BreakStep => {
  let next = { ...state };
  let push: BreakStep['push'] = null;
  const snoozeEnded = next.snoozedUntil !== null && next.snoozedUntil <= now;
  if (snoozeEnded) next.snoozedUntil = null;

  if (held.length === 0) {
    const lastChat = next.lastChatAt?.getTime() ?? 0;
    if (next.stretchStartedAt && now.getTime() - lastChat >= BREAK_GAP_MINUTES * MINUTE_MS) {
      next = { ...next, stretchStartedAt: null, stretchRemindedAt: null };
      if (next.suggestion === 'stretch') {
        next = { ...next, suggestion: null, suggestedAt: null, stretchMinutes: null };
        return { next, made: null, push: { cleared: { snoozedUntil: null } } };
      }
    }
  } else {
    const startedAt = next.stretchStartedAt ?? now;
    next = { ...next, stretchStartedAt: startedAt, lastChatAt: now };
    const [programme, minutes] = held
      .map((p) => [p, stretchOf(p)] as const)
      .reduce((tightest, candidate) => (candidate[1] < tightest[1] ? candidate : tightest));
    const from = next.stretchRemindedAt ?? startedAt;
    if (now.getTime() - from.getTime() >= minutes * MINUTE_MS) {
      const behind = Math.floor((now.getTime() - startedAt.getTime()) / MINUTE_MS);
      return suggest({ ...next, stretchRemindedAt: now }, now, { reason: 'stretch', programme }, behind);
    }
  }
  const shown = suggestionOf(next);
  if (snoozeEnded && shown) push = { suggested: shown };
  return { next, made: null, push };
};

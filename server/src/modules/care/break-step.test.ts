import { describe, expect, it } from 'vitest';
import { type BreakState, NO_BREAK_STATE, stepBreak } from './break-step';

const T0 = new Date('2026-11-23T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const stretchOf = (p: string) => (p === 'helpwanted' ? 120 : 90);

/** Steps a counsellor through the minutes given, holding chats of `held` at each; answers every push made. */
const walk = (plan: [minute: number, held: ('helpwanted' | 'stopitnow')[]][], start: BreakState = NO_BREAK_STATE) => {
  let state = start;
  const pushes: { minute: number; push: unknown }[] = [];
  for (const [minute, held] of plan) {
    const step = stepBreak(state, at(minute), held, stretchOf);
    state = step.next;
    if (step.push) pushes.push({ minute, push: step.push });
  }
  return { state, pushes };
};

describe('the stretch step', () => {
  it('suggests a break a full stretch after the first chat, then a full stretch after that', () => {
    const plan = Array.from({ length: 50 }, (_, i) => [i * 5, ['helpwanted']] as [number, ['helpwanted']]);
    const { pushes } = walk(plan);
    expect(pushes).toEqual([
      { minute: 120, push: { suggested: { reason: 'stretch', at: at(120).toISOString(), stretchMinutes: 120 } } },
      { minute: 240, push: { suggested: { reason: 'stretch', at: at(240).toISOString(), stretchMinutes: 240 } } },
    ]);
  });

  it('ten minutes without a chat is a break: the stretch starts again and an open stretch suggestion goes', () => {
    const { state, pushes } = walk([
      [0, ['helpwanted']],
      [120, ['helpwanted']],
      [125, ['helpwanted']],
      [126, []],
      [134, []],
      [135, []],
      [140, ['helpwanted']],
      [255, ['helpwanted']],
    ]);
    expect(pushes.map((p) => p.minute)).toEqual([120, 135]);
    expect(pushes[1]?.push).toEqual({ cleared: { snoozedUntil: null } });
    expect(state.stretchStartedAt).toEqual(at(140));
    expect(state.suggestion).toBeNull();
  });

  it('with chats of both programmes the shorter stretch counts', () => {
    const { pushes } = walk([
      [0, ['helpwanted', 'stopitnow']],
      [89, ['helpwanted', 'stopitnow']],
      [90, ['helpwanted', 'stopitnow']],
    ]);
    expect(pushes.map((p) => p.minute)).toEqual([90]);
  });

  it('a snoozed suggestion waits, then shows when the snooze ends', () => {
    const snoozed = { ...NO_BREAK_STATE, snoozedUntil: at(130) };
    const { pushes } = walk(
      [
        [0, ['helpwanted']],
        [120, ['helpwanted']],
        [125, ['helpwanted']],
        [130, ['helpwanted']],
      ],
      snoozed,
    );
    expect(pushes).toEqual([
      { minute: 130, push: { suggested: { reason: 'stretch', at: at(120).toISOString(), stretchMinutes: 120 } } },
    ]);
  });
});

import type { SupervisorOverview } from '@helpline/shared/http';

type ProgrammeLive = SupervisorOverview['programmes'][number];
export type AlarmReason = 'nobody-available' | 'waiting-too-long';

/** The default threshold when the server does not say (it always does since the alarm came). */
const DEFAULT_ALARM_MINUTES = 5;
export const alarmMinutesOf = (p: ProgrammeLive) => p.alarmAfterMinutes ?? DEFAULT_ALARM_MINUTES;

/**
 * Why a programme alarms, if it does: someone waits while no counsellor of the programme is available, or someone has
 * waited past the programme's threshold (every counsellor busy, say). Nobody waiting: no alarm.
 */
export const alarmOf = (p: ProgrammeLive, longestWaitSeconds: number): AlarmReason | null => {
  if (p.waiting === 0) return null;
  if (p.counsellorsAvailable === 0) return 'nobody-available';
  if (longestWaitSeconds >= alarmMinutesOf(p) * 60) return 'waiting-too-long';
  return null;
};

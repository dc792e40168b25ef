import type { ProgrammeId } from '@helpline/shared';
import type { SupervisorOverview } from '@helpline/shared/http';

type ProgrammeLive = SupervisorOverview['programmes'][number];
export type AlarmReason = 'nobody-available' | 'waiting-too-long';
/** The wall's alarms besides a chat's wait: an urgent chat nobody can take, mailbox threads past the reply promise. */
export type WallAlarmReason = AlarmReason | 'urgent-nobody-available' | 'urgent-waiting' | 'mailbox-overdue';
/** `count`: how many urgent chats or overdue threads; `minutes`: the threshold a wait passed. */
export type WallAlarm = { programme: ProgrammeId; reason: WallAlarmReason; minutes: number; count: number };

/** The default threshold when the server does not say (it always does since the alarm came). */
const DEFAULT_ALARM_MINUTES = 5;
export const alarmMinutesOf = (p: ProgrammeLive) => p.alarmAfterMinutes ?? DEFAULT_ALARM_MINUTES;

/**
 * An urgent chat that waits while counsellors are available is waiting for a free place: routing hands it on at once
 * when there is one. Past this it alarms too, so a supervisor can take it or make room.
 */
export const URGENT_GRACE_SECONDS = 60;

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

/**
 * Every alarm of one programme, the most serious first: urgent chats waiting (at once when nobody is available, after
 * the grace when everyone available is busy), the chat wait alarm, and threads past the mailbox's reply promise.
 */
export const wallAlarmsOf = (
  p: ProgrammeLive,
  waited: { longestSeconds: number; longestUrgentSeconds: number },
): WallAlarm[] => {
  const alarm = (reason: WallAlarmReason, count = 0): WallAlarm => ({
    programme: p.id,
    reason,
    minutes: alarmMinutesOf(p),
    count,
  });
  const urgent = p.urgentWaiting ?? 0;
  const wait = alarmOf(p, waited.longestSeconds);
  const alarms: WallAlarm[] = [];
  if (urgent > 0 && p.counsellorsAvailable === 0) alarms.push(alarm('urgent-nobody-available', urgent));
  else if (urgent > 0 && waited.longestUrgentSeconds >= URGENT_GRACE_SECONDS)
    alarms.push(alarm('urgent-waiting', urgent));
  // The urgent alarm already says nobody is available; the wait alarm adds what it does not say.
  if (wait && !(wait === 'nobody-available' && alarms.length > 0)) alarms.push(alarm(wait));
  if ((p.mailboxOverdue ?? 0) > 0) alarms.push(alarm('mailbox-overdue', p.mailboxOverdue ?? 0));
  return alarms;
};

/** Alarms that repeat their sound while they last; a mailbox running late sounds once, when it gets later. */
export const isPressing = (a: WallAlarm) => a.reason !== 'mailbox-overdue';

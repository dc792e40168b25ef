'use client';

import { BellRing } from 'lucide-react';
import { useRef } from 'react';
import type { Text } from '~/i18n/text';
import { useAlarmSound } from './alarm-sound';
import { SoundSwitch } from './sound-switch';
import { isPressing, type WallAlarm } from './wait-alarm';

/** Counts the times `n` went up: a new value (as a key) only when there is more to hear about, never when it drops. */
const useRises = (n: number) => {
  const last = useRef(n);
  const rises = useRef(0);
  if (n > last.current) rises.current += 1;
  last.current = n;
  return n > 0 && rises.current > 0 ? String(rises.current) : '';
};

/** One alarm as a sentence: what waits, where, and why it alarms. */
const sentenceOf = (a: WallAlarm, t: Text<'supervisor'>) => {
  const programme = t(`programmes.${a.programme}`);
  switch (a.reason) {
    case 'urgent-nobody-available':
      return t('alarm.urgentNobody', { programme, count: a.count });
    case 'urgent-waiting':
      return t('alarm.urgentWaiting', { programme, count: a.count });
    case 'mailbox-overdue':
      return t('alarm.mailboxOverdue', { programme, count: a.count });
    case 'nobody-available':
      return t('alarm.nobody', { programme });
    case 'waiting-too-long':
      return t('alarm.tooLong', { programme, minutes: a.minutes });
  }
};

/**
 * The wall's alarm: a red band with a bell and words (never colour alone), announced once when it starts, and a sound.
 * A chat waiting (urgent or too long) sounds every 15 seconds while it lasts; the mailbox running late sounds once each
 * time it gets later, so a slow alarm does not drown the fast ones. The sound switch stays on the wall.
 */
export function AlarmBanner({ alarms, t }: { alarms: WallAlarm[]; t: Text<'supervisor'> }) {
  const overdue = alarms.filter((a) => !isPressing(a)).reduce((sum, a) => sum + a.count, 0);
  const sound = useAlarmSound(alarms.some(isPressing), useRises(overdue));
  const urgent = alarms.some((a) => a.reason.startsWith('urgent'));
  const heading = urgent
    ? t('alarm.urgentHeading')
    : alarms.some(isPressing)
      ? t('alarm.heading')
      : t('alarm.mailboxHeading');
  return (
    <div className="grid gap-2">
      <div role="alert" data-testid="wait-alarm" data-alarm={alarms.length > 0}>
        {alarms.length > 0 && (
          <div className="flex items-start gap-3 rounded-xl border-4 border-red-900 bg-red-700 px-4 py-3 text-white">
            <BellRing aria-hidden="true" className="mt-0.5 h-8 w-8 shrink-0 motion-safe:animate-pulse" />
            <div>
              <p className="text-xl font-bold">{heading}</p>
              <ul className="mt-1 grid gap-0.5 text-lg">
                {alarms.map((a) => (
                  <li key={`${a.programme}-${a.reason}`} data-testid={`alarm-${a.programme}`} data-reason={a.reason}>
                    {sentenceOf(a, t)}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </div>
      <SoundSwitch sound={sound} showBlocked={alarms.length > 0} t={t} testId="alarm-sound" />
    </div>
  );
}

'use client';

import type { ProgrammeId } from '@helpline/shared';
import { BellRing, Volume2, VolumeX } from 'lucide-react';
import type { Text } from '~/i18n/text';
import { useAlarmSound } from './alarm-sound';
import type { AlarmReason } from './wait-alarm';

export type ProgrammeAlarm = { programme: ProgrammeId; reason: AlarmReason; minutes: number };

/**
 * The wall's alarm: a red band with a bell and words (never colour alone), announced once when it starts, and a sound
 * that repeats while it lasts. The sound switch stays on the wall, so it can be switched back on.
 */
export function AlarmBanner({ alarms, t }: { alarms: ProgrammeAlarm[]; t: Text<'supervisor'> }) {
  const sound = useAlarmSound(alarms.length > 0);
  const SoundIcon = sound.enabled ? Volume2 : VolumeX;
  return (
    <div className="grid gap-2">
      <div role="alert" data-testid="wait-alarm" data-alarm={alarms.length > 0}>
        {alarms.length > 0 && (
          <div className="flex items-start gap-3 rounded-xl border-4 border-red-900 bg-red-700 px-4 py-3 text-white">
            <BellRing aria-hidden="true" className="mt-0.5 h-8 w-8 shrink-0 motion-safe:animate-pulse" />
            <div>
              <p className="text-xl font-bold">{t('alarm.heading')}</p>
              <ul className="mt-1 grid gap-0.5 text-lg">
                {alarms.map((a) => (
                  <li key={a.programme} data-testid={`alarm-${a.programme}`} data-reason={a.reason}>
                    {a.reason === 'nobody-available'
                      ? t('alarm.nobody', { programme: t(`programmes.${a.programme}`) })
                      : t('alarm.tooLong', { programme: t(`programmes.${a.programme}`), minutes: a.minutes })}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          aria-pressed={sound.enabled}
          onClick={sound.toggle}
          data-testid="alarm-sound"
          data-plays={sound.plays}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-neutral-500 bg-white px-3 font-semibold text-neutral-900"
        >
          <SoundIcon aria-hidden="true" className="h-5 w-5" />
          {sound.enabled ? t('alarm.soundOn') : t('alarm.soundOff')}
        </button>
        {sound.blocked && alarms.length > 0 && <p className="font-semibold text-red-800">{t('alarm.soundBlocked')}</p>}
      </div>
    </div>
  );
}

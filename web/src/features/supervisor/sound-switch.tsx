'use client';

import { Volume2, VolumeX } from 'lucide-react';
import type { Text } from '~/i18n/text';
import type { useAlarmSound } from './alarm-sound';

/** The one alarm-sound switch (the same setting wherever it is shown), and a note while the browser blocks sound. */
export function SoundSwitch({
  sound,
  showBlocked,
  t,
  testId,
}: {
  sound: ReturnType<typeof useAlarmSound>;
  showBlocked: boolean;
  t: Text<'supervisor'>;
  testId: string;
}) {
  const SoundIcon = sound.enabled ? Volume2 : VolumeX;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        aria-pressed={sound.enabled}
        onClick={sound.toggle}
        data-testid={testId}
        data-plays={sound.plays}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-neutral-500 bg-white px-3 font-semibold text-neutral-900"
      >
        <SoundIcon aria-hidden="true" className="h-5 w-5" />
        {sound.enabled ? t('alarm.soundOn') : t('alarm.soundOff')}
      </button>
      {sound.blocked && showBlocked && <p className="font-semibold text-red-800">{t('alarm.soundBlocked')}</p>}
    </div>
  );
}

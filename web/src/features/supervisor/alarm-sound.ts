'use client';

import { useEffect, useRef, useState } from 'react';
import { playTones, resumeAudio } from '~/lib/tones';

/** Three short rising tones: unlike the workspace's soft chime, meant to be heard. */
const playAlarm = () =>
  playTones({ frequencies: [740, 880, 1046.5], wave: 'triangle', gap: 0.22, peak: 0.25, fade: 0.2 });

const REPEAT_MS = 15_000;
const STORAGE_KEY = 'helpline-alarm-sound';

/**
 * Sounds the alarm at once when it starts and every 15 seconds while it lasts, unless the supervisor switched the sound
 * off (remembered in this browser). Browsers allow sound only after a click or key on the page: until then `blocked`.
 */
export const useAlarmSound = (active: boolean) => {
  const [enabled, setEnabled] = useState(true);
  const [blocked, setBlocked] = useState(false);
  const [plays, setPlays] = useState(0);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  useEffect(() => {
    setEnabled(window.localStorage.getItem(STORAGE_KEY) !== 'off');
    const unlock = () => {
      resumeAudio().then(
        () => setBlocked(false),
        () => {},
      );
    };
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);
  useEffect(() => {
    if (!active || !enabled) return;
    const sound = () => {
      if (!enabledRef.current) return;
      setBlocked(playAlarm() === 'suspended');
      setPlays((n) => n + 1);
    };
    sound();
    const timer = setInterval(sound, REPEAT_MS);
    return () => clearInterval(timer);
  }, [active, enabled]);
  const toggle = () => {
    const next = !enabled;
    window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    if (next) resumeAudio(true).catch(() => {});
    setEnabled(next);
  };
  return { enabled, blocked: blocked && enabled, plays, toggle };
};

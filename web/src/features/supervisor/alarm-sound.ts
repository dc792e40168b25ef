'use client';

import { useEffect, useRef, useState } from 'react';
import { playTones, resumeAudio } from '~/lib/tones';

/** Three short rising tones: unlike the workspace's soft chime, meant to be heard. */
export const playAlarm = () =>
  playTones({ frequencies: [740, 880, 1046.5], wave: 'triangle', gap: 0.22, peak: 0.25, fade: 0.2 });

/** A counsellor asks for help: two calls of two falling tones, told apart from the wall's alarm by ear. */
export const playHelpCall = () =>
  playTones({ frequencies: [988, 740, 988, 740], wave: 'sine', gap: 0.3, peak: 0.3, fade: 0.28 });

const REPEAT_MS = 15_000;
const SAME_MOMENT_MS = 1000;
const STORAGE_KEY = 'helpline-alarm-sound';
/** Tells the other switches on the page (the wall's, the help banner's) that the sound was switched. */
const SWITCHED = 'helpline-alarm-sound-switched';

const isSwitchedOn = () => window.localStorage.getItem(STORAGE_KEY) !== 'off';

/**
 * Sounds the alarm at once when it starts and every 15 seconds while `repeating` lasts, and once whenever `onceKey`
 * changes to a new non-empty value, unless the supervisor switched the sound off (remembered in this browser, one
 * switch for every alarm). Browsers allow sound only after a click or key on the page: until then `blocked`.
 */
export const useAlarmSound = (repeating: boolean, onceKey = '', play: () => AudioContextState = playAlarm) => {
  const [enabled, setEnabled] = useState(true);
  const [blocked, setBlocked] = useState(false);
  const [plays, setPlays] = useState(0);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  const playRef = useRef(play);
  playRef.current = play;
  useEffect(() => {
    setEnabled(isSwitchedOn());
    const unlock = () => {
      resumeAudio().then(
        () => setBlocked(false),
        () => {},
      );
    };
    const onSwitched = () => setEnabled(isSwitchedOn());
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    window.addEventListener(SWITCHED, onSwitched);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
      window.removeEventListener(SWITCHED, onSwitched);
    };
  }, []);
  const lastPlayed = useRef(0);
  const sound = useRef(() => {
    // A repeat starting and a one-off arriving together sound once.
    if (!enabledRef.current || Date.now() - lastPlayed.current < SAME_MOMENT_MS) return;
    lastPlayed.current = Date.now();
    setBlocked(playRef.current() === 'suspended');
    setPlays((n) => n + 1);
  }).current;
  useEffect(() => {
    if (!repeating || !enabled) return;
    sound();
    const timer = setInterval(sound, REPEAT_MS);
    return () => clearInterval(timer);
  }, [repeating, enabled, sound]);
  useEffect(() => {
    if (onceKey) sound();
  }, [onceKey, sound]);
  const toggle = () => {
    const next = !enabled;
    window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    if (next) resumeAudio(true).catch(() => {});
    setEnabled(next);
    window.dispatchEvent(new Event(SWITCHED));
  };
  return { enabled, blocked: blocked && enabled, plays, toggle };
};

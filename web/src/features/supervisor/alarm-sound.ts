'use client';

import { useEffect, useRef, useState } from 'react';

let context: AudioContext | null = null;
const audio = () => {
  context ??= new AudioContext();
  return context;
};

/** Three short rising tones, made on the spot (no sound file): unlike the workspace's soft chime, meant to be heard. */
const playAlarm = () => {
  const ctx = audio();
  if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  const start = ctx.currentTime + 0.02;
  for (const [index, frequency] of [740, 880, 1046.5].entries()) {
    const at = start + index * 0.22;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'triangle';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.22);
  }
  return ctx.state;
};

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
      if (context?.state === 'suspended')
        context.resume().then(
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
    if (next)
      audio()
        .resume()
        .catch(() => {});
    setEnabled(next);
  };
  return { enabled, blocked: blocked && enabled, plays, toggle };
};

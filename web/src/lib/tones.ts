'use client';

let context: AudioContext | null = null;

type Tones = {
  frequencies: number[];
  wave: OscillatorType;
  /** Seconds between the starts of two tones, how loud each gets, and how long each takes to fade. */
  gap: number;
  peak: number;
  fade: number;
};

/**
 * Plays short tones made on the spot with WebAudio (no sound file, nothing loaded). Answers the audio state: browsers
 * keep it `suspended` until the person has clicked or pressed a key on the page.
 */
export const playTones = ({ frequencies, wave, gap, peak, fade }: Tones) => {
  context ??= new AudioContext();
  const ctx = context;
  if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  const start = ctx.currentTime + 0.02;
  for (const [index, frequency] of frequencies.entries()) {
    const at = start + index * gap;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = wave;
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(peak, at + Math.min(0.04, fade / 10));
    gain.gain.exponentialRampToValueAtTime(0.0001, at + fade);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + fade + 0.05);
  }
  return ctx.state;
};

/** Lets sound play from now on (call it on a click or key): resumes the page's audio, making it first when asked. */
export const resumeAudio = (make = false) => {
  if (make) context ??= new AudioContext();
  return context?.state === 'suspended' ? context.resume() : Promise.resolve();
};

'use client';

let context: AudioContext | null = null;

/** Two soft falling sine tones, made on the spot (no sound file): noticeable, not alarming. */
export const playChime = () => {
  context ??= new AudioContext();
  const ctx = context;
  if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  const start = ctx.currentTime + 0.02;
  for (const [index, frequency] of [659.25, 523.25].entries()) {
    const at = start + index * 0.28;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.12, at + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.65);
  }
};

/** A desktop notification that never carries message text: only that a chat arrived and for which programme. */
export const notifyDesktop = (title: string, body: string) => {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const note = new Notification(title, { body, tag: 'helpline-chat', silent: true });
  note.onclick = () => {
    window.focus();
    note.close();
  };
};

export const askDesktopPermission = async () =>
  typeof Notification === 'undefined' ? 'denied' : Notification.requestPermission();

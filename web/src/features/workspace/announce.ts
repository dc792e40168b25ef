'use client';

import { playTones } from '~/lib/tones';

/** Two soft falling sine tones: noticeable, not alarming. */
export const playChime = () => {
  playTones({ frequencies: [659.25, 523.25], wave: 'sine', gap: 0.28, peak: 0.12, fade: 0.6 });
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

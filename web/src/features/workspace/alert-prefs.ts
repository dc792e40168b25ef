'use client';

import { useCallback, useEffect, useState } from 'react';

/** What a counsellor chose for announcements; kept per browser (staff only, nothing about visitors). */
export type AlertPrefs = { sound: boolean; title: boolean; desktop: boolean };
const KEY = 'helpline.workspace.alerts';
const DEFAULTS: AlertPrefs = { sound: true, title: true, desktop: false };

const read = (): AlertPrefs => {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<AlertPrefs>;
    return {
      sound: stored.sound ?? DEFAULTS.sound,
      title: stored.title ?? DEFAULTS.title,
      desktop: stored.desktop ?? DEFAULTS.desktop,
    };
  } catch {
    return DEFAULTS;
  }
};

export const useAlertPrefs = () => {
  const [prefs, setPrefs] = useState<AlertPrefs>(DEFAULTS);
  useEffect(() => setPrefs(read()), []);
  const change = useCallback((patch: Partial<AlertPrefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...patch };
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [prefs, change] as const;
};

'use client';

import { useCallback, useEffect, useState } from 'react';

const read = <T>(key: string): T[] => {
  try {
    const list: unknown = JSON.parse(window.sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(list) ? (list as T[]) : [];
  } catch {
    return [];
  }
};

/**
 * A list kept for this tab only (sessionStorage: a reload or a language switch keeps it, closing the tab ends it), and
 * the one way to change it.
 */
export const useTabList = <T>(storageKey: string) => {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => setItems(read<T>(storageKey)), [storageKey]);
  const change = useCallback(
    (next: (current: T[]) => T[]) =>
      setItems((current) => {
        const changed = next(current);
        window.sessionStorage.setItem(storageKey, JSON.stringify(changed));
        return changed;
      }),
    [storageKey],
  );
  return [items, change] as const;
};

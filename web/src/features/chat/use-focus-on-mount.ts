'use client';

import { useEffect, useRef } from 'react';

/** Moves focus to a view's heading when it appears, so keyboard and screen reader users land in the new step. */
export const useFocusOnMount = <T extends HTMLElement>() => {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
};

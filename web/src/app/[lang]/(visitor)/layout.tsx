import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/** A neutral tab title on every visitor page, the same all the time: nothing on a shared screen gives it away. */
export const metadata: Metadata = { title: 'Chat' };

export default function VisitorLayout({ children }: { children: ReactNode }) {
  return children;
}

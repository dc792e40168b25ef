import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** A neutral tab title on every visitor page, the same all the time: nothing on a shared screen gives it away. */
export const metadata: Metadata = { title: 'Chat' };

/** The browser gets the chat's words and the time words only: the rest of a visitor page is rendered on the server. */
export default async function VisitorLayout({ children }: { children: ReactNode }) {
  const { chat, common } = await getMessages();
  return <NextIntlClientProvider messages={{ chat, common: { time: common.time } }}>{children}</NextIntlClientProvider>;
}

import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The login forms are client components: they get the common words and the error texts. */
export default async function LoginLayout({ children }: { children: ReactNode }) {
  const { common, errors } = await getMessages();
  return <NextIntlClientProvider messages={{ common, errors }}>{children}</NextIntlClientProvider>;
}

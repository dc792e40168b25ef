import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { serverSession } from '~/features/staff-session/server-session';
import { StaffSessionProvider } from '~/features/staff-session/staff-session';
import { redirect } from '~/i18n/navigation';
import { routing } from '~/i18n/routing';
import { QueryProvider } from '~/lib/query-provider';

/** Every staff page: the session is checked on the server before anything renders. */
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const session = await serverSession();
  if (!session) return redirect({ href: '/login', locale: lang });
  if (session.passwordChangeRequired) return redirect({ href: '/login/password', locale: lang });
  if (session.totpEnrolmentRequired) return redirect({ href: '/login/totp', locale: lang });
  return (
    <NextIntlClientProvider>
      <QueryProvider>
        <StaffSessionProvider staff={session.staff}>{children}</StaffSessionProvider>
      </QueryProvider>
    </NextIntlClientProvider>
  );
}

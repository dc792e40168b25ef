import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { serverSession } from '~/features/staff-session/server-session';
import { StaffSessionProvider } from '~/features/staff-session/staff-session';
import { isLang, localPath } from '~/i18n';
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
  if (!isLang(lang)) notFound();
  const session = await serverSession();
  if (!session) redirect(localPath(lang, '/login'));
  if (session.passwordChangeRequired) redirect(localPath(lang, '/login/password'));
  if (session.totpEnrolmentRequired) redirect(localPath(lang, '/login/totp'));
  return (
    <QueryProvider>
      <StaffSessionProvider staff={session.staff}>{children}</StaffSessionProvider>
    </QueryProvider>
  );
}

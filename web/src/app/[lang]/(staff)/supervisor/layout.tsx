import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireSupervisor } from '../../../../features/supervisor/session.server';
import { SupervisorShell } from '../../../../features/supervisor/supervisor-shell';
import { isLang } from '../../../../i18n';

export default async function SupervisorLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const me = await requireSupervisor(lang);
  return (
    <SupervisorShell lang={lang} me={me}>
      {children}
    </SupervisorShell>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireSupervisor } from '~/features/supervisor/session.server';
import { supervisorText } from '~/features/supervisor/supervisor.i18n';
import { SupervisorShell } from '~/features/supervisor/supervisor-shell';
import { isLang } from '~/i18n';

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const { lang } = await params;
  return { title: isLang(lang) ? `${supervisorText(lang).title} – Hulplijn chat` : 'Hulplijn chat' };
};

export default async function SupervisorLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  await requireSupervisor(lang);
  return <SupervisorShell lang={lang}>{children}</SupervisorShell>;
}

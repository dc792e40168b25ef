import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requireSupervisor } from '~/features/supervisor/session.server';
import { SupervisorShell } from '~/features/supervisor/supervisor-shell';
import { routing } from '~/i18n/routing';

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const { lang } = await params;
  return {
    title: hasLocale(routing.locales, lang)
      ? `${(await getTranslations({ locale: lang, namespace: 'supervisor' }))('title')} – Hulplijn chat`
      : 'Hulplijn chat',
  };
};

export default async function SupervisorLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  await requireSupervisor(lang);
  return <SupervisorShell lang={lang}>{children}</SupervisorShell>;
}

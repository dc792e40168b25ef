import { Id } from '@helpline/shared/http';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { MonitorView } from '~/features/supervisor/monitor-view';
import { routing } from '~/i18n/routing';

export default async function MonitorPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const { lang, id } = await params;
  if (!hasLocale(routing.locales, lang) || !Id.safeParse(id).success) notFound();
  return <MonitorView lang={lang} conversationId={id} />;
}

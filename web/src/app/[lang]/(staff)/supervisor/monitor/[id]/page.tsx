import { Id } from '@helpline/shared/http';
import { notFound } from 'next/navigation';
import { MonitorView } from '~/features/supervisor/monitor-view';
import { isLang } from '~/i18n';

export default async function MonitorPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const { lang, id } = await params;
  if (!isLang(lang) || !Id.safeParse(id).success) notFound();
  return <MonitorView lang={lang} conversationId={id} />;
}

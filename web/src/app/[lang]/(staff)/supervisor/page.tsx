import { notFound } from 'next/navigation';
import { LiveOverview } from '~/features/supervisor/live-overview';
import { isLang } from '~/i18n';

export default async function SupervisorLivePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return <LiveOverview lang={lang} />;
}

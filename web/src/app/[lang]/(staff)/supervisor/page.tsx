import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { LiveOverview } from '~/features/supervisor/live-overview';
import { routing } from '~/i18n/routing';

export default async function SupervisorLivePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  return <LiveOverview lang={lang} />;
}

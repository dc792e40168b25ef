import { notFound, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getPathname } from '~/i18n/navigation';
import { routing } from '~/i18n/routing';

export default async function AdminPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  redirect(getPathname({ locale: lang, href: '/supervisor/admin/hours' }));
}

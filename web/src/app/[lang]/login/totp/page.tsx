import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { TotpEnrolment } from '~/features/auth/totp-enrolment';
import { routing } from '~/i18n/routing';
import { QueryProvider } from '~/lib/query-provider';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const t = await getTranslations('common.staff');
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t('enrolTitle')}</h1>
      <QueryProvider>
        <TotpEnrolment />
      </QueryProvider>
    </main>
  );
}

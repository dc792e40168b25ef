import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { CareAdmin } from '~/features/admin/care-admin';
import { routing } from '~/i18n/routing';

export default async function CarePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">
        {(await getTranslations({ locale: lang, namespace: 'admin' }))('care.heading')}
      </h1>
      <CareAdmin />
    </div>
  );
}

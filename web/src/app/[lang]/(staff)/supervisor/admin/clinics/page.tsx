import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ClinicsAdmin } from '~/features/admin/clinics-admin';
import { routing } from '~/i18n/routing';

export default async function ClinicsPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const t = await getTranslations('admin.manage');
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t('clinics.heading')}</h1>
      <p>{t('clinics.intro')}</p>
      <ClinicsAdmin />
    </div>
  );
}

import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { CannedAdmin } from '~/features/admin/canned-admin';
import { ProgrammeSwitch, programmeFromSearch } from '~/features/admin/programme-switch';
import { routing } from '~/i18n/routing';

export default async function CannedPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const t = await getTranslations('admin.manage');
  const programme = programmeFromSearch((await searchParams).programme);
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t('canned.heading')}</h1>
      <p>{t('canned.intro')}</p>
      <ProgrammeSwitch
        lang={lang}
        path="/supervisor/admin/canned"
        current={programme}
        label={(await getTranslations({ locale: lang, namespace: 'admin' }))('programmeChoice')}
      />
      <CannedAdmin key={programme} programme={programme} />
    </div>
  );
}

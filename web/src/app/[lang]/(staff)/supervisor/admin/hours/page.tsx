import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { nextHolidays } from '~/features/admin/holidays.server';
import { HoursEditor } from '~/features/admin/hours-editor';
import { ProgrammeSwitch, programmeFromSearch } from '~/features/admin/programme-switch';
import { todayIn } from '~/features/reports/period';
import { routing } from '~/i18n/routing';

export default async function HoursPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const t = await getTranslations('admin');
  const programme = programmeFromSearch((await searchParams).programme);
  const today = todayIn(new Date());
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t('hours.heading')}</h1>
      <ProgrammeSwitch lang={lang} path="/supervisor/admin/hours" current={programme} label={t('programmeChoice')} />
      <HoursEditor
        key={programme}
        lang={lang}
        programme={programme}
        today={today}
        holidays={nextHolidays(today, lang)}
      />
    </div>
  );
}

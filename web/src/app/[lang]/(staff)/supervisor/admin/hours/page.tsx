import { notFound } from 'next/navigation';
import { adminText } from '~/features/admin/admin.i18n';
import { nextHolidays } from '~/features/admin/holidays.server';
import { HoursEditor } from '~/features/admin/hours-editor';
import { ProgrammeSwitch, programmeFromSearch } from '~/features/admin/programme-switch';
import { todayIn } from '~/features/reports/period';
import { isLang } from '~/i18n';

export default async function HoursPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = adminText(lang);
  const programme = programmeFromSearch((await searchParams).programme);
  const today = todayIn(new Date());
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t.hours.heading}</h1>
      <ProgrammeSwitch lang={lang} path="/supervisor/admin/hours" current={programme} label={t.programmeChoice} />
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

import { notFound } from 'next/navigation';
import { adminText } from '~/features/admin/admin.i18n';
import { CannedAdmin } from '~/features/admin/canned-admin';
import { manageText } from '~/features/admin/manage.i18n';
import { ProgrammeSwitch, programmeFromSearch } from '~/features/admin/programme-switch';
import { isLang } from '~/i18n';

export default async function CannedPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = manageText(lang);
  const programme = programmeFromSearch((await searchParams).programme);
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t.canned.heading}</h1>
      <p>{t.canned.intro}</p>
      <ProgrammeSwitch
        lang={lang}
        path="/supervisor/admin/canned"
        current={programme}
        label={adminText(lang).programmeChoice}
      />
      <CannedAdmin key={programme} lang={lang} programme={programme} />
    </div>
  );
}

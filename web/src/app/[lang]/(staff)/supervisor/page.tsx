import { notFound } from 'next/navigation';
import { StaffShell } from '../../../../components/staff-shell';
import { dictionaries, isLang } from '../../../../i18n';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = dictionaries[lang].staff;
  return (
    <StaffShell lang={lang} path="/supervisor" title={t.supervisorTitle}>
      <p>{t.supervisorComingSoon}</p>
    </StaffShell>
  );
}

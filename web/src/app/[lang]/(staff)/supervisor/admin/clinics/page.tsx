import { notFound } from 'next/navigation';
import { ClinicsAdmin } from '~/features/admin/clinics-admin';
import { manageText } from '~/features/admin/manage.i18n';
import { isLang } from '~/i18n';

export default async function ClinicsPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = manageText(lang);
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t.clinics.heading}</h1>
      <p>{t.clinics.intro}</p>
      <ClinicsAdmin lang={lang} />
    </div>
  );
}

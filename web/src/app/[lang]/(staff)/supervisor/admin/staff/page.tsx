import { notFound } from 'next/navigation';
import { manageText } from '~/features/admin/manage.i18n';
import { StaffAdmin } from '~/features/admin/staff-admin';
import { isLang } from '~/i18n';

export default async function StaffPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{manageText(lang).staff.heading}</h1>
      <StaffAdmin lang={lang} />
    </div>
  );
}

import { notFound } from 'next/navigation';
import { adminText } from '~/features/admin/admin.i18n';
import { RetentionAdmin } from '~/features/admin/retention-admin';
import { isLang } from '~/i18n';

export default async function RetentionPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{adminText(lang).retention.heading}</h1>
      <RetentionAdmin lang={lang} />
    </div>
  );
}

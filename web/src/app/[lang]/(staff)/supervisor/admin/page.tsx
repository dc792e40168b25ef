import { notFound, redirect } from 'next/navigation';
import { isLang, localPath } from '~/i18n';

export default async function AdminPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  redirect(localPath(lang, '/supervisor/admin/hours'));
}

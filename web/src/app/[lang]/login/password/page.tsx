import { notFound, redirect } from 'next/navigation';
import { PasswordChangeForm } from '~/features/auth/password-change-form';
import { serverSession } from '~/features/staff-session/server-session';
import { dictionaries, isLang, localPath } from '~/i18n';

/** A staff member chooses their own password: required after someone else set it, open to everyone. */
export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const session = await serverSession();
  if (!session) redirect(localPath(lang, '/login'));
  const t = dictionaries[lang].staff;
  const required = session.passwordChangeRequired === true;
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{required ? t.passwordTitle : t.changePassword}</h1>
      <PasswordChangeForm lang={lang} required={required} />
    </main>
  );
}

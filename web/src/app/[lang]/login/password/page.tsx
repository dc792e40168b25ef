import { notFound, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { PasswordChangeForm } from '~/features/auth/password-change-form';
import { serverSession } from '~/features/staff-session/server-session';
import { getPathname } from '~/i18n/navigation';
import { routing } from '~/i18n/routing';

/** A staff member chooses their own password: required after someone else set it, open to everyone. */
export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const session = await serverSession();
  if (!session) redirect(getPathname({ locale: lang, href: '/login' }));
  const t = await getTranslations('common.staff');
  const required = session.passwordChangeRequired === true;
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{required ? t('passwordTitle') : t('changePassword')}</h1>
      <PasswordChangeForm required={required} />
    </main>
  );
}

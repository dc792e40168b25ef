import { notFound } from 'next/navigation';
import { LoginForm } from '~/features/auth/login-form';
import { dictionaries, isLang } from '~/i18n';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = dictionaries[lang].staff;
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t.loginTitle}</h1>
      <LoginForm lang={lang} />
    </main>
  );
}

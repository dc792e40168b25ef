import { notFound } from 'next/navigation';
import { TotpEnrolment } from '~/features/auth/totp-enrolment';
import { dictionaries, isLang } from '~/i18n';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = dictionaries[lang].staff;
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t.enrolTitle}</h1>
      <TotpEnrolment lang={lang} />
    </main>
  );
}

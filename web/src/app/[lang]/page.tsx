import { notFound } from 'next/navigation';
import { ProgrammeList } from '../../components/programme-list';
import { VisitorShell } from '../../components/visitor-shell';
import { dictionaries, isLang } from '../../i18n';

export default async function LandingPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = dictionaries[lang];
  return (
    <VisitorShell lang={lang} path="/">
      <h1 className="text-3xl font-bold">{t.landing.title}</h1>
      <p className="mt-3 text-lg">{t.landing.intro}</p>
      <ProgrammeList lang={lang} />
    </VisitorShell>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { useMe } from '../features/auth/use-me';
import { dictionaries, type Lang, localPath } from '../i18n';
import { LanguageSwitch } from './language-switch';

/** Every staff page after login: who is logged in, log out, language. */
export function StaffShell({
  lang,
  path,
  title,
  children,
}: {
  lang: Lang;
  path: string;
  title: string;
  children: ReactNode;
}) {
  const t = dictionaries[lang];
  const me = useMe(lang);
  const router = useRouter();
  const logout = async () => {
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    router.replace(localPath(lang, '/login'));
  };
  return (
    <>
      <header className="flex flex-wrap items-center gap-3 border-b border-neutral-300 bg-white px-4 py-2">
        <h1 className="mr-auto text-xl font-bold">{title}</h1>
        {me && <span data-testid="signed-in-as">{t.staff.signedInAs(me.alias)}</span>}
        <LanguageSwitch lang={lang} path={path} label={t.switchTo} />
        <button type="button" onClick={logout} className="min-h-11 rounded-lg border border-neutral-500 px-4">
          {t.staff.logout}
        </button>
      </header>
      <main className="p-4">{me ? children : <p aria-live="polite">{t.staff.busy}</p>}</main>
    </>
  );
}

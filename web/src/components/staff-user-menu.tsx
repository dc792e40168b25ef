'use client';

import { LogOut, UserRound } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useStaff } from '../features/staff-session/staff-session';
import { dictionaries, type Lang, localPath, switchPath } from '../i18n';

/** Who is logged in, the other language and log out: the right end of every staff header. */
export function StaffUserMenu({ lang, path, compact = false }: { lang: Lang; path: string; compact?: boolean }) {
  const t = dictionaries[lang];
  const me = useStaff();
  const router = useRouter();
  const logout = async () => {
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    router.replace(localPath(lang, '/login'));
  };
  const size = compact ? 'min-h-8 px-2 text-sm' : 'min-h-11 px-4';
  return (
    <div className="flex items-center gap-2">
      {compact ? (
        <span data-testid="signed-in-as" className="inline-flex items-center gap-1 text-sm">
          <UserRound aria-hidden size={14} />
          <span className="sr-only">{t.staff.signedInAs(me.alias).replace(me.alias, '')}</span>
          {me.alias}
        </span>
      ) : (
        <span data-testid="signed-in-as">{t.staff.signedInAs(me.alias)}</span>
      )}
      <a
        href={switchPath(lang, path)}
        hrefLang={lang === 'nl' ? 'en' : 'nl'}
        lang={lang === 'nl' ? 'en' : 'nl'}
        className={`inline-flex items-center rounded underline underline-offset-4 ${size}`}
      >
        {t.switchTo}
      </a>
      <a
        href={localPath(lang, '/login/password')}
        className={`inline-flex items-center rounded underline underline-offset-4 ${size}`}
      >
        {t.staff.changePassword}
      </a>
      <button
        type="button"
        onClick={logout}
        className={`inline-flex items-center gap-1 rounded-md border border-neutral-500 bg-white ${size}`}
      >
        <LogOut aria-hidden size={14} />
        {t.staff.logout}
      </button>
    </div>
  );
}

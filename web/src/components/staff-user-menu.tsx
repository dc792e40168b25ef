'use client';

import { LogOut, UserRound } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type Locale, useTranslations } from 'next-intl';
import { useStaff } from '../features/staff-session/staff-session';
import { getPathname } from '../i18n/navigation';

/** Who is logged in, the other language and log out: the right end of every staff header. */
export function StaffUserMenu({ lang, path, compact = false }: { lang: Locale; path: string; compact?: boolean }) {
  const t = useTranslations('common');
  const me = useStaff();
  const router = useRouter();
  const logout = async () => {
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    router.replace(getPathname({ locale: lang, href: '/login' }));
  };
  const size = compact ? 'min-h-8 px-2 text-sm' : 'min-h-11 px-4';
  return (
    <div className="flex flex-wrap items-center gap-2">
      {compact ? (
        <span data-testid="signed-in-as" className="inline-flex items-center gap-1 text-sm">
          <UserRound aria-hidden size={14} />
          <span className="sr-only">{t('staff.signedInAs', { alias: me.alias }).replace(me.alias, '')}</span>
          {me.alias}
        </span>
      ) : (
        <span data-testid="signed-in-as">{t('staff.signedInAs', { alias: me.alias })}</span>
      )}
      <a
        href={getPathname({ locale: lang === 'nl' ? 'en' : 'nl', href: path })}
        hrefLang={lang === 'nl' ? 'en' : 'nl'}
        lang={lang === 'nl' ? 'en' : 'nl'}
        className={`inline-flex items-center rounded underline underline-offset-4 ${size}`}
      >
        {t('switchTo')}
      </a>
      <a
        href={getPathname({ locale: lang, href: '/login/password' })}
        className={`inline-flex items-center rounded underline underline-offset-4 ${size}`}
      >
        {t('staff.changePassword')}
      </a>
      <button
        type="button"
        onClick={logout}
        className={`inline-flex items-center gap-1 rounded-md border border-neutral-500 bg-white ${size}`}
      >
        <LogOut aria-hidden size={14} />
        {t('staff.logout')}
      </button>
    </div>
  );
}

import { type Locale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { HelpRequests } from './help-requests';
import { SupervisorNav } from './supervisor-nav';
import { SupervisorSocketProvider } from './supervisor-socket';
import { SupervisorUserMenu } from './supervisor-user-menu';

/**
 * Header, section navigation and main area of every supervisor page (rendered on the server), with the tab's one staff
 * socket and the counsellors' requests for help above every page's content.
 */
export function SupervisorShell({ lang, children }: { lang: Locale; children: ReactNode }) {
  const t = useTranslations('supervisor');
  const items = [
    { href: '/supervisor', label: t('nav.live') },
    { href: '/supervisor/missed', label: t('nav.missed') },
    { href: '/supervisor/reports', label: t('nav.reports') },
    { href: '/supervisor/admin', label: t('nav.admin') },
  ];
  return (
    <SupervisorSocketProvider>
      <div className="min-h-dvh bg-neutral-50">
        <header className="border-b border-neutral-300 bg-white px-4 print:border-0">
          <div className="flex flex-wrap items-center gap-3 py-2">
            <p className="mr-auto text-lg font-bold">{t('title')}</p>
            <span className="print:hidden">
              <SupervisorUserMenu lang={lang} />
            </span>
          </div>
          <SupervisorNav
            lang={lang}
            label={t('nav.label')}
            items={items}
            exact={{ href: '/supervisor', also: ['/supervisor/monitor'] }}
          />
        </header>
        <main className="mx-auto max-w-screen-2xl p-4">
          <HelpRequests lang={lang} />
          {children}
        </main>
      </div>
    </SupervisorSocketProvider>
  );
}

import type { StaffPublic } from '@helpline/shared/http';
import type { ReactNode } from 'react';
import { StaffLogoutButton } from '../../components/staff-logout-button';
import type { Lang } from '../../i18n';
import { supervisorText } from './supervisor.i18n';
import { SupervisorLanguageSwitch } from './supervisor-language-switch';
import { SupervisorNav } from './supervisor-nav';

/** Header, section navigation and main area of every supervisor page (rendered on the server). */
export function SupervisorShell({ lang, me, children }: { lang: Lang; me: StaffPublic; children: ReactNode }) {
  const t = supervisorText(lang);
  const items = [
    { href: '/supervisor', label: t.nav.live },
    { href: '/supervisor/missed', label: t.nav.missed },
    { href: '/supervisor/reports', label: t.nav.reports },
    { href: '/supervisor/admin', label: t.nav.admin },
  ];
  return (
    <div className="min-h-dvh bg-neutral-50">
      <header className="border-b border-neutral-300 bg-white px-4 print:border-0">
        <div className="flex flex-wrap items-center gap-3 py-2">
          <p className="mr-auto text-lg font-bold">{t.title}</p>
          <span data-testid="signed-in-as" className="print:hidden">
            {t.signedInAs(me.alias)}
          </span>
          <span className="print:hidden">
            <SupervisorLanguageSwitch lang={lang} label={t.switchTo} />
          </span>
          <span className="print:hidden">
            <StaffLogoutButton lang={lang} label={t.logout} />
          </span>
        </div>
        <SupervisorNav
          lang={lang}
          label={t.nav.label}
          items={items}
          exact={{ href: '/supervisor', also: ['/supervisor/monitor'] }}
        />
      </header>
      <main className="mx-auto max-w-screen-2xl p-4">{children}</main>
    </div>
  );
}

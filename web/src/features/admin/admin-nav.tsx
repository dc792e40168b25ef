import type { Lang } from '~/i18n';
import { SupervisorNav } from '../supervisor/supervisor-nav';
import { adminText } from './admin.i18n';

const sections = ['hours', 'staff', 'canned', 'clinics', 'audit', 'retention'] as const;

/** The administration sections, one link each. */
export function AdminNav({ lang }: { lang: Lang }) {
  const t = adminText(lang);
  return (
    <SupervisorNav
      lang={lang}
      label={t.nav.label}
      items={sections.map((s) => ({ href: `/supervisor/admin/${s}`, label: t.nav[s] }))}
    />
  );
}

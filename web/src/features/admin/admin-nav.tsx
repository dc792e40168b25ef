import { type Locale, useTranslations } from 'next-intl';
import { SupervisorNav } from '../supervisor/supervisor-nav';

const sections = ['hours', 'staff', 'canned', 'clinics', 'audit', 'retention', 'care'] as const;

/** The administration sections, one link each. */
export function AdminNav({ lang }: { lang: Locale }) {
  const t = useTranslations('admin');
  return (
    <SupervisorNav
      lang={lang}
      label={t('nav.label')}
      items={sections.map((s) => ({ href: `/supervisor/admin/${s}`, label: t(`nav.${s}`) }))}
    />
  );
}

'use client';

import type { Locale } from 'next-intl';
import { StaffUserMenu } from '~/components/staff-user-menu';
import { usePagePath } from './supervisor-nav';

/** The staff user menu, switching language on the current supervisor page. */
export function SupervisorUserMenu({ lang }: { lang: Locale }) {
  return <StaffUserMenu lang={lang} path={usePagePath()} />;
}

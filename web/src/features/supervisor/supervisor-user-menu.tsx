'use client';

import { StaffUserMenu } from '~/components/staff-user-menu';
import type { Lang } from '~/i18n';
import { usePagePath } from './supervisor-nav';

/** The staff user menu, switching language on the current supervisor page. */
export function SupervisorUserMenu({ lang }: { lang: Lang }) {
  return <StaffUserMenu lang={lang} path={usePagePath()} />;
}

import type { StaffPublic } from '@helpline/shared/http';
import type { Locale } from 'next-intl';
import { getPathname } from '~/i18n/navigation';

/** Where staff land after login: counsellors in the workspace, supervisors in their overview. */
export const staffHome = (lang: Locale, staff: Pick<StaffPublic, 'role'>) =>
  getPathname({ locale: lang, href: staff.role === 'supervisor' ? '/supervisor' : '/workspace' });

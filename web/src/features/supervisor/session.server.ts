import type { StaffPublic } from '@helpline/shared/http';
import { redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getPathname } from '~/i18n/navigation';
import { staffHome } from '~/lib/staff-home';
import { serverSession } from '../staff-session/server-session';

/**
 * The (staff) layout has checked the session; supervisor pages also need the role, on the server before anything
 * renders: a counsellor goes to their workspace.
 */
export const requireSupervisor = async (lang: Locale): Promise<StaffPublic> => {
  const session = await serverSession();
  if (!session || session.totpEnrolmentRequired) redirect(getPathname({ locale: lang, href: '/login' }));
  if (session.staff.role !== 'supervisor') redirect(staffHome(lang, session.staff));
  return session.staff;
};

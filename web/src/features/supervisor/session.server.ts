import type { StaffPublic } from '@helpline/shared/http';
import { redirect } from 'next/navigation';
import { type Lang, localPath } from '~/i18n';
import { staffHome } from '~/lib/staff-home';
import { serverSession } from '../staff-session/server-session';

/**
 * The (staff) layout has checked the session; supervisor pages also need the role, on the server before anything
 * renders: a counsellor goes to their workspace.
 */
export const requireSupervisor = async (lang: Lang): Promise<StaffPublic> => {
  const session = await serverSession();
  if (!session || session.totpEnrolmentRequired) redirect(localPath(lang, '/login'));
  if (session.staff.role !== 'supervisor') redirect(staffHome(lang, session.staff));
  return session.staff;
};

import type { ProgrammeId, Role } from '@helpline/shared';
import { AppError } from '../../errors';

/** The logged-in staff member as every route and socket handler sees them. */
export type StaffPrincipal = {
  id: string;
  username: string;
  alias: string;
  role: Role;
  programmes: ProgrammeId[];
  capacity: number;
};

export type Need = { role?: 'supervisor'; programme?: ProgrammeId };

/** Supervisors see every programme; counsellors only their own. */
export const canSeeProgramme = (staff: StaffPrincipal, programme: ProgrammeId) =>
  staff.role === 'supervisor' || staff.programmes.includes(programme);

/** The one authorization check of the platform: 401 without a session, 403 without the right. */
export function authorize(staff: StaffPrincipal | undefined, need: Need = {}): asserts staff is StaffPrincipal {
  if (!staff) throw new AppError('UNAUTHENTICATED', 'Log in first');
  if (need.role === 'supervisor' && staff.role !== 'supervisor')
    throw new AppError('FORBIDDEN', 'Only supervisors may do this');
  if (need.programme && !canSeeProgramme(staff, need.programme)) {
    throw new AppError('FORBIDDEN', 'This programme is not yours');
  }
}

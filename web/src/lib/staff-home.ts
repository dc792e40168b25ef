import type { StaffPublic } from '@helpline/shared/http';
import { type Lang, localPath } from '../i18n';

/** Where staff land after login: counsellors in the workspace, supervisors in their overview. */
export const staffHome = (lang: Lang, staff: Pick<StaffPublic, 'role'>) =>
  localPath(lang, staff.role === 'supervisor' ? '/supervisor' : '/workspace');

import { StaffList } from '@helpline/shared';
import { apiGet } from '~/lib/api-get';

/** Every staff member: the staff page lists them, the audit log filters by them. */
export const staffQuery = apiGet(StaffList, '/api/staff');

import type { staff } from '@helpline/db';
import type { StaffMember, StaffPublic } from '@helpline/shared';
import type { StaffPrincipal } from './authorize';

/** A staff member as stored, hashes and secrets included: only the views below leave the domain. */
export type StaffRow = typeof staff.$inferSelect;

/** What anyone may see of a member; picks its fields, so a row's hashes and secrets never pass. */
export const toPublic = (row: StaffPublic): StaffPublic => ({
  id: row.id,
  username: row.username,
  alias: row.alias,
  role: row.role,
  programmes: row.programmes,
});

/** The member as routes and socket handlers authorize them. */
export const toPrincipal = (row: StaffRow): StaffPrincipal => ({ ...toPublic(row), capacity: row.capacity });

/** The member as the staff administration shows them. */
export const toMember = (row: StaffRow): StaffMember => ({
  ...toPublic(row),
  capacity: row.capacity,
  disabled: row.disabledAt !== null,
});

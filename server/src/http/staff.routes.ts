import { Id, StaffCreate, StaffPasswordReset, StaffPatch } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { StaffService } from '../modules/staff/staff.service';
import { type RequireStaff, requireConfirmation, staffOf } from './require-staff';

const actorOf = (res: Parameters<typeof staffOf>[0]) => {
  const me = staffOf(res);
  return { id: me.id, username: me.username };
};

type Deps = { staff: StaffService; requireStaff: RequireStaff };

/**
 * Staff administration: supervisors only. Creating a member, changing a role or programmes, disabling or enabling,
 * and resets need a recent confirmation (CONFIRMATION_REQUIRED); a password set here must be changed by its owner.
 */
export const staffRoutes = ({ staff, requireStaff }: Deps) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/staff', supervisor, async (_req, res) => {
      res.json(await staff.list());
    })
    .post('/api/staff', supervisor, async (req, res) => {
      const input = parseInput(StaffCreate, req.body);
      requireConfirmation(res);
      const { member } = await staff.create(actorOf(res), { ...input, temporary: true });
      res.status(201).json(member);
    })
    .patch('/api/staff/:id', supervisor, async (req, res) => {
      const id = parseInput(Id, req.params.id, 'id');
      const patch = parseInput(StaffPatch, req.body);
      if (patch.role !== undefined || patch.programmes !== undefined || patch.disabled !== undefined)
        requireConfirmation(res);
      res.json(await staff.update(actorOf(res), id, patch));
    })
    .post('/api/staff/:id/revoke-sessions', supervisor, async (req, res) => {
      const revoked = await staff.revokeSessions(actorOf(res), parseInput(Id, req.params.id, 'id'));
      res.json({ revoked });
    })
    .post('/api/staff/:id/reset-password', supervisor, async (req, res) => {
      const { password } = parseInput(StaffPasswordReset, req.body);
      const id = parseInput(Id, req.params.id, 'id');
      requireConfirmation(res);
      await staff.resetPassword(actorOf(res), { id }, password, { temporary: true });
      res.status(204).end();
    })
    .post('/api/staff/:id/reset-totp', supervisor, async (req, res) => {
      const id = parseInput(Id, req.params.id, 'id');
      requireConfirmation(res);
      await staff.resetTotp(actorOf(res), { id });
      res.status(204).end();
    });
};

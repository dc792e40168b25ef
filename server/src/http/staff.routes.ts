import { restRoutes } from '@helpline/shared';
import type { StaffService } from '../modules/staff/staff.service';
import { type RequireStaff, requireConfirmation, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

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
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.staffList, async (_input, _req, res) => {
    res.json(await staff.list());
  });
  route(restRoutes.staffCreate, async ({ body }, _req, res) => {
    requireConfirmation(res);
    const { member } = await staff.create(actorOf(res), { ...body, temporary: true });
    res.status(201).json(member);
  });
  route(restRoutes.staffUpdate, async ({ params, body: patch }, _req, res) => {
    if (patch.role !== undefined || patch.programmes !== undefined || patch.disabled !== undefined)
      requireConfirmation(res);
    res.json(await staff.update(actorOf(res), params.id, patch));
  });
  route(restRoutes.staffRevokeSessions, async ({ params }, _req, res) => {
    const revoked = await staff.revokeSessions(actorOf(res), params.id);
    res.json({ revoked });
  });
  route(restRoutes.staffResetPassword, async ({ params, body }, _req, res) => {
    requireConfirmation(res);
    await staff.resetPassword(actorOf(res), { id: params.id }, body.password, { temporary: true });
    res.status(204).end();
  });
  route(restRoutes.staffResetTotp, async ({ params }, _req, res) => {
    requireConfirmation(res);
    await staff.resetTotp(actorOf(res), { id: params.id });
    res.status(204).end();
  });
  return router;
};

import { restRoutes } from '@helpline/shared';
import type { RetentionService } from '../modules/retention/retention.service';
import { type RequireStaff, requireConfirmation, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { retention: RetentionService; requireStaff: RequireStaff };

/** Retention periods per programme: supervisors read them, and set them after a recent confirmation. */
export const retentionRoutes = ({ retention, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.retention, async (_input, _req, res) => {
    res.json(await retention.settings());
  });
  route(restRoutes.retentionSet, async ({ params, body }, _req, res) => {
    requireConfirmation(res);
    const me = staffOf(res);
    res.json(await retention.setDays({ id: me.id, username: me.username }, params.id, body.retentionDays));
  });
  return router;
};

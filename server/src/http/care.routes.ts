import { restRoutes } from '@helpline/shared';
import type { CareSettingsService } from '../modules/care/care-settings.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { care: CareSettingsService; requireStaff: RequireStaff };

/** Care for the counsellors per programme: supervisors read and set the stretch length and the heavy tags. */
export const careRoutes = ({ care, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.care, async (_input, _req, res) => {
    res.json(await care.settings());
  });
  route(restRoutes.careSet, async ({ params, body }, _req, res) => {
    const me = staffOf(res);
    res.json(await care.set({ id: me.id, username: me.username }, params.id, body));
  });
  return router;
};

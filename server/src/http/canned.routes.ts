import { restRoutes } from '@helpline/shared';
import type { CannedService } from '../modules/canned/canned.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { canned: CannedService; requireStaff: RequireStaff };

/** Canned responses per programme: counsellors read them in the composer, supervisors manage them. */
export const cannedRoutes = ({ canned, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.cannedList, async ({ query }, _req, res) => {
    res.json(await canned.list(staffOf(res), query));
  });
  route(restRoutes.cannedCreate, async ({ body }, _req, res) => {
    res.status(201).json(await canned.create(staffOf(res), body));
  });
  route(restRoutes.cannedUpdate, async ({ params, body }, _req, res) => {
    res.json(await canned.update(staffOf(res), params.id, body));
  });
  route(restRoutes.cannedDelete, async ({ params }, _req, res) => {
    await canned.remove(staffOf(res), params.id);
    res.status(204).end();
  });
  return router;
};

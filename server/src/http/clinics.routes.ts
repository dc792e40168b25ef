import { restRoutes } from '@helpline/shared';
import type { ClinicService } from '../modules/clinics/clinic.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { clinics: ClinicService; requireStaff: RequireStaff };

/** The clinics referrals go to: every staff member reads them, supervisors manage them. */
export const clinicRoutes = ({ clinics, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.clinics, async (_input, _req, res) => {
    res.json(await clinics.list(staffOf(res)));
  });
  route(restRoutes.clinicCreate, async ({ body }, _req, res) => {
    res.status(201).json(await clinics.create(staffOf(res), body));
  });
  route(restRoutes.clinicUpdate, async ({ params, body }, _req, res) => {
    res.json(await clinics.update(staffOf(res), params.id, body));
  });
  return router;
};

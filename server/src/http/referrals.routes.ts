import { restRoutes } from '@helpline/shared';
import type { ReferralService } from '../modules/referrals/referral.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { referrals: ReferralService; requireStaff: RequireStaff };

/** Clinic referrals: plan, follow up, list upcoming and overdue appointments. */
export const referralRoutes = ({ referrals, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.referralCreate, async ({ body }, _req, res) => {
    res.status(201).json(await referrals.create(staffOf(res), body));
  });
  route(restRoutes.referralUpdate, async ({ params, body }, _req, res) => {
    res.json(await referrals.update(staffOf(res), params.id, body));
  });
  route(restRoutes.referrals, async ({ query }, _req, res) => {
    res.json(await referrals.list(staffOf(res), query));
  });
  return router;
};

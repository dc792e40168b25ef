import { restRoutes } from '@helpline/shared';
import { authorize } from '../modules/access/authorize';
import type { ColleagueRepo } from '../modules/presence/colleague.repo';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { colleagues: ColleagueRepo; requireStaff: RequireStaff };

/** Colleagues to hand a chat to, for staff of that programme. */
export const colleagueRoutes = ({ colleagues, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.colleagues, async ({ query: { programme } }, _req, res) => {
    const me = staffOf(res);
    authorize(me, { programme });
    res.json(await colleagues.of(programme, me.id));
  });
  return router;
};

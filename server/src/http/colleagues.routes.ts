import { ColleagueQuery } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import { authorize } from '../modules/access/authorize';
import type { ColleagueRepo } from '../modules/presence/colleague.repo';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { colleagues: ColleagueRepo; requireStaff: RequireStaff };

/** Colleagues to hand a chat to, for staff of that programme. */
export const colleagueRoutes = ({ colleagues, requireStaff }: Deps) =>
  Router().get('/api/colleagues', requireStaff(), async (req, res) => {
    const me = staffOf(res);
    const { programme } = parseInput(ColleagueQuery, req.query);
    authorize(me, { programme });
    res.json(await colleagues.of(programme, me.id));
  });

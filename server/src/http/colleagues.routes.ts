import { ColleagueQuery } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import { authorize } from '../modules/access/authorize';
import type { HttpContext } from './context';
import { staffOf } from './require-staff';

/** Colleagues to hand a chat to, for staff of that programme. */
export const colleagueRoutes = ({ colleagues, requireStaff }: HttpContext) =>
  Router().get('/api/colleagues', requireStaff(), async (req, res) => {
    const me = staffOf(res);
    const { programme } = parseInput(ColleagueQuery, req.query);
    authorize(me, { programme });
    res.json(await colleagues.of(programme, me.id));
  });

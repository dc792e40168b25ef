import { ProgrammeHours, ProgrammeId } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { Services } from '../services';
import type { HttpContext } from './context';
import { staffOf } from './require-staff';

/** Public: both programmes with their live open/closed state, queue length and next opening. */
export const programmeRoutes = (
  { programmes, queueStats }: Pick<Services, 'programmes' | 'queueStats'>,
  exitUrl: string,
) =>
  Router()
    .get('/api/config', (_req, res) => {
      res.json({ exitUrl });
    })
    .get('/api/programmes', async (_req, res) => {
      res.json(await programmes.listStates(queueStats.statsOf));
    })
    .get('/api/programmes/:id/hours', async (req, res) => {
      res.json(await programmes.hoursOf(parseInput(ProgrammeId, req.params.id, 'id')));
    });

/** Supervisors set the opening hours. */
export const hoursRoutes = ({ programmes, audit, requireStaff }: HttpContext) =>
  Router().put('/api/programmes/:id/hours', requireStaff({ role: 'supervisor' }), async (req, res) => {
    const id = parseInput(ProgrammeId, req.params.id, 'id');
    await programmes.replaceHours(id, parseInput(ProgrammeHours, req.body));
    const me = staffOf(res);
    await audit.record({ id: me.id, username: me.username }, 'hours.updated', { type: 'programme', id });
    res.json(await programmes.hoursOf(id));
  });

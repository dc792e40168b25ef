import { ProgrammeId } from '@helpline/shared';
import { Router } from 'express';
import type { Services } from '../services';
import { parseInput } from './app-error';

/** Public: both programmes with their live open/closed state, queue length and next opening. */
export const programmeRoutes = ({ programmes, queue }: Pick<Services, 'programmes' | 'queue'>, exitUrl: string) =>
  Router()
    .get('/api/config', (_req, res) => {
      res.json({ exitUrl });
    })
    .get('/api/programmes', async (_req, res) => {
      res.json(await programmes.listStates(queue.statsOf));
    })
    .get('/api/programmes/:id/hours', async (req, res) => {
      res.json(await programmes.hoursOf(parseInput(ProgrammeId, req.params.id, 'id')));
    });

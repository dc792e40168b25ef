import { ProgrammeId, RetentionUpdate } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { RetentionService } from '../modules/retention/retention.service';
import { type RequireStaff, requireConfirmation, staffOf } from './require-staff';

type Deps = { retention: RetentionService; requireStaff: RequireStaff };

/** Retention periods per programme: supervisors read them, and set them after a recent confirmation. */
export const retentionRoutes = ({ retention, requireStaff }: Deps) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/retention', supervisor, async (_req, res) => {
      res.json(await retention.settings());
    })
    .put('/api/programmes/:id/retention', supervisor, async (req, res) => {
      const id = parseInput(ProgrammeId, req.params.id, 'id');
      const { retentionDays } = parseInput(RetentionUpdate, req.body);
      requireConfirmation(res);
      const me = staffOf(res);
      res.json(await retention.setDays({ id: me.id, username: me.username }, id, retentionDays));
    });
};

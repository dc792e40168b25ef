import { CannedResponseCreate, CannedResponsePatch, CannedResponseQuery, Id } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { CannedService } from '../modules/canned/canned.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { canned: CannedService; requireStaff: RequireStaff };

/** Canned responses per programme: counsellors read them in the composer, supervisors manage them. */
export const cannedRoutes = ({ canned, requireStaff }: Deps) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/canned-responses', requireStaff(), async (req, res) => {
      res.json(await canned.list(staffOf(res), parseInput(CannedResponseQuery, req.query)));
    })
    .post('/api/canned-responses', supervisor, async (req, res) => {
      res.status(201).json(await canned.create(staffOf(res), parseInput(CannedResponseCreate, req.body)));
    })
    .patch('/api/canned-responses/:id', supervisor, async (req, res) => {
      const id = parseInput(Id, req.params.id, 'id');
      res.json(await canned.update(staffOf(res), id, parseInput(CannedResponsePatch, req.body)));
    })
    .delete('/api/canned-responses/:id', supervisor, async (req, res) => {
      await canned.remove(staffOf(res), parseInput(Id, req.params.id, 'id'));
      res.status(204).end();
    });
};

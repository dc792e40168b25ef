import { ClinicCreate, ClinicId, ClinicPatch } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { ClinicService } from '../modules/clinics/clinic.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { clinics: ClinicService; requireStaff: RequireStaff };

/** The clinics referrals go to: every staff member reads them, supervisors manage them. */
export const clinicRoutes = ({ clinics, requireStaff }: Deps) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/clinics', requireStaff(), async (_req, res) => {
      res.json(await clinics.list(staffOf(res)));
    })
    .post('/api/clinics', supervisor, async (req, res) => {
      res.status(201).json(await clinics.create(staffOf(res), parseInput(ClinicCreate, req.body)));
    })
    .patch('/api/clinics/:id', supervisor, async (req, res) => {
      const id = parseInput(ClinicId, req.params.id, 'id');
      res.json(await clinics.update(staffOf(res), id, parseInput(ClinicPatch, req.body)));
    });
};

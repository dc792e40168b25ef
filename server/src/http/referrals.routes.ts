import { Id, ReferralCreate, ReferralListQuery, ReferralPatch } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { ReferralService } from '../modules/referrals/referral.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { referrals: ReferralService; requireStaff: RequireStaff };

/** Clinic referrals: plan, follow up, list upcoming and overdue appointments. */
export const referralRoutes = ({ referrals, requireStaff }: Deps) => {
  const staff = requireStaff();
  return Router()
    .post('/api/referrals', staff, async (req, res) => {
      res.status(201).json(await referrals.create(staffOf(res), parseInput(ReferralCreate, req.body)));
    })
    .patch('/api/referrals/:id', staff, async (req, res) => {
      const id = parseInput(Id, req.params.id, 'id');
      res.json(await referrals.update(staffOf(res), id, parseInput(ReferralPatch, req.body)));
    })
    .get('/api/referrals', staff, async (req, res) => {
      res.json(await referrals.list(staffOf(res), parseInput(ReferralListQuery, req.query)));
    });
};

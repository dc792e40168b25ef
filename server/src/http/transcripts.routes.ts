import { Id } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { HttpContext } from './context';
import { staffOf } from './require-staff';

/** A transcript with its notes, through the audited door: counsellors their own chats, supervisors any. */
export const transcriptRoutes = ({ transcripts, requireStaff }: HttpContext) =>
  Router().get('/api/conversations/:id/transcript', requireStaff(), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await transcripts.full(staffOf(res), parseInput(Id, req.params.id, 'id')));
  });

import { Id } from '@helpline/shared';
import { Router } from 'express';
import type { Services } from '../services';
import { parseInput } from './app-error';
import { staffOf } from './require-staff';

/** A transcript with its notes, through the audited door: counsellors their own chats, supervisors any. */
export const transcriptRoutes = ({ transcripts, requireStaff }: Services) =>
  Router().get('/api/conversations/:id/transcript', requireStaff(), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await transcripts.full(staffOf(res), parseInput(Id, req.params.id, 'id')));
  });

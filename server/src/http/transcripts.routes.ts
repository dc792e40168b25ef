import { Id } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { TranscriptAccess } from '../modules/conversations/transcript-access.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { transcripts: TranscriptAccess; requireStaff: RequireStaff };

/** A transcript with its notes, through the audited door: counsellors their own chats, supervisors any. */
export const transcriptRoutes = ({ transcripts, requireStaff }: Deps) =>
  Router().get('/api/conversations/:id/transcript', requireStaff(), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await transcripts.full(staffOf(res), parseInput(Id, req.params.id, 'id')));
  });

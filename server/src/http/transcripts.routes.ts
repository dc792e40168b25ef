import { restRoutes } from '@helpline/shared';
import type { TranscriptAccess } from '../modules/conversations/transcript-access.service';
import { noStore } from './report-scope';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { transcripts: TranscriptAccess; requireStaff: RequireStaff };

/** A transcript with its notes, through the audited door: counsellors their own chats, supervisors any. */
export const transcriptRoutes = ({ transcripts, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(
    restRoutes.transcript,
    async ({ params }, _req, res) => {
      res.json(await transcripts.full(staffOf(res), params.id));
    },
    { before: [noStore] },
  );
  return router;
};

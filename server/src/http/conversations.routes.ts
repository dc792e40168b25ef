import { restRoutes } from '@helpline/shared';
import type { CaseService } from '../modules/cases/case.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { cases: CaseService; requireStaff: RequireStaff };

/** Case files of chats: lists, metadata, tags and a returning visitor's earlier conversations (the transcript is elsewhere). */
export const conversationRoutes = ({ cases, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.conversations, async ({ query }, _req, res) => {
    res.json(await cases.list(staffOf(res), query));
  });
  route(restRoutes.conversation, async ({ params }, _req, res) => {
    res.json(await cases.detail(staffOf(res), params.id));
  });
  route(restRoutes.conversationHistory, async ({ params }, _req, res) => {
    res.json(await cases.history(staffOf(res), params.id));
  });
  // The tags are checked against the conversation's programme, which the service looks up.
  route(restRoutes.conversationTags, async ({ params }, req, res) => {
    res.json(await cases.setTags(staffOf(res), params.id, req.body));
  });
  return router;
};

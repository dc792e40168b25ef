import { restRoutes } from '@helpline/shared';
import { Router } from 'express';
import type { ClientKeys } from '../limits/client-key';
import type { MailboxStaffService } from '../modules/mailbox/mailbox-staff.service';
import type { MailboxVisitorService } from '../modules/mailbox/mailbox-visitor.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = {
  mailbox: MailboxVisitorService;
  mailboxStaff: MailboxStaffService;
  clientKeys: ClientKeys;
  requireStaff: RequireStaff;
};

/**
 * The anonymous mailbox. Visitors: no cookie, the code only in POST bodies (never in a URL or a log); answers are
 * never cached. Staff: the list (`GET /api/conversations?channel=mailbox`; the chat list answers every other
 * `channel`), claim, read, reply, close.
 */
export const mailboxRoutes = ({ mailbox, mailboxStaff, clientKeys, requireStaff }: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.mailboxWrite, async ({ body }, req, res) => {
    res.status(201).json(await mailbox.write(clientKeys(req), body));
  });
  route(restRoutes.mailboxRead, async ({ body }, req, res) => {
    res.json(await mailbox.read(clientKeys(req), body.code));
  });
  route(restRoutes.mailboxReply, async ({ body }, req, res) => {
    res.json(await mailbox.reply(clientKeys(req), body));
  });
  route(restRoutes.mailboxForget, async ({ body }, req, res) => {
    await mailbox.forget(clientKeys(req), body.code);
    res.status(204).end();
  });
  route(restRoutes.mailboxList, async ({ query }, _req, res) => {
    res.json(await mailboxStaff.list(staffOf(res), query));
  });
  route(restRoutes.mailboxThread, async ({ params }, _req, res) => {
    res.json(await mailboxStaff.read(staffOf(res), params.conversationId));
  });
  route(restRoutes.mailboxClaim, async ({ params }, _req, res) => {
    res.json(await mailboxStaff.claim(staffOf(res), params.conversationId));
  });
  route(restRoutes.mailboxAnswer, async ({ params, body }, _req, res) => {
    res.json(await mailboxStaff.reply(staffOf(res), params.conversationId, body));
  });
  route(restRoutes.mailboxNote, async ({ params, body }, _req, res) => {
    res.status(201).json(await mailboxStaff.addNote(staffOf(res), params.conversationId, body));
  });
  route(restRoutes.mailboxClose, async ({ params }, _req, res) => {
    res.json(await mailboxStaff.close(staffOf(res), params.conversationId));
  });
  return Router()
    .use('/api/mailbox', (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    })
    .use(router);
};

import {
  Id,
  MailboxCodeBody,
  MailboxListQuery,
  MailboxNoteAdd,
  MailboxReply,
  MailboxStaffMessage,
  MailboxWrite,
} from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { ClientKeys } from '../limits/client-key';
import type { MailboxStaffService } from '../modules/mailbox/mailbox-staff.service';
import type { MailboxVisitorService } from '../modules/mailbox/mailbox-visitor.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = {
  mailbox: MailboxVisitorService;
  mailboxStaff: MailboxStaffService;
  clientKeys: ClientKeys;
  requireStaff: RequireStaff;
};

/**
 * The anonymous mailbox. Visitors: no cookie, the code only in POST bodies (never in a URL or a log); answers are
 * never cached. Staff: the list (`GET /api/conversations?channel=mailbox`), claim, read, reply, close.
 */
export const mailboxRoutes = ({ mailbox, mailboxStaff, clientKeys, requireStaff }: Deps) => {
  const staff = requireStaff();
  const id = (value: unknown) => parseInput(Id, value, 'conversationId');
  return Router()
    .use('/api/mailbox', (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    })
    .post('/api/mailbox', async (req, res) => {
      const input = parseInput(MailboxWrite, req.body);
      res.status(201).json(await mailbox.write(clientKeys(req), input));
    })
    .post('/api/mailbox/read', async (req, res) => {
      const { code } = parseInput(MailboxCodeBody, req.body);
      res.json(await mailbox.read(clientKeys(req), code));
    })
    .post('/api/mailbox/reply', async (req, res) => {
      res.json(await mailbox.reply(clientKeys(req), parseInput(MailboxReply, req.body)));
    })
    .post('/api/mailbox/forget', async (req, res) => {
      const { code } = parseInput(MailboxCodeBody, req.body);
      await mailbox.forget(clientKeys(req), code);
      res.status(204).end();
    })
    .get('/api/conversations', async (req, res, next) => {
      // The chat list answers every other `channel`; only the mailbox's list is here.
      if (req.query.channel !== 'mailbox') return next();
      let isStaff = false;
      await staff(req, res, () => {
        isStaff = true;
      });
      if (!isStaff) return;
      res.json(await mailboxStaff.list(staffOf(res), parseInput(MailboxListQuery, req.query)));
    })
    .get('/api/mailbox/:conversationId', staff, async (req, res) => {
      res.json(await mailboxStaff.read(staffOf(res), id(req.params.conversationId)));
    })
    .post('/api/mailbox/:conversationId/claim', staff, async (req, res) => {
      res.json(await mailboxStaff.claim(staffOf(res), id(req.params.conversationId)));
    })
    .post('/api/mailbox/:conversationId/messages', staff, async (req, res) => {
      const input = parseInput(MailboxStaffMessage, req.body);
      res.json(await mailboxStaff.reply(staffOf(res), id(req.params.conversationId), input));
    })
    .post('/api/mailbox/:conversationId/notes', staff, async (req, res) => {
      const input = parseInput(MailboxNoteAdd, req.body);
      res.status(201).json(await mailboxStaff.addNote(staffOf(res), id(req.params.conversationId), input));
    })
    .post('/api/mailbox/:conversationId/close', staff, async (req, res) => {
      res.json(await mailboxStaff.close(staffOf(res), id(req.params.conversationId)));
    });
};

import { z } from 'zod';
import { Id } from '../common';
import {
  MailboxClaimAnswer,
  MailboxCodeBody,
  MailboxListItem,
  MailboxListQuery,
  MailboxMessageAnswer,
  MailboxNote,
  MailboxNoteAdd,
  MailboxReply,
  MailboxStaffMessage,
  MailboxStaffThread,
  MailboxThread,
  MailboxWrite,
  MailboxWriteAnswer,
} from '../mailbox';
import { restRoute } from './rest-route';

const thread = { conversationId: Id };

/** The anonymous mailbox: visitors hold a code instead of a session; staff claim, answer and close threads. */
export const mailboxRoutes = {
  mailboxWrite: restRoute({
    method: 'POST',
    path: '/api/mailbox',
    access: 'anyone',
    body: MailboxWrite,
    answer: MailboxWriteAnswer,
  }),
  mailboxRead: restRoute({
    method: 'POST',
    path: '/api/mailbox/read',
    access: 'anyone',
    body: MailboxCodeBody,
    answer: MailboxThread,
  }),
  mailboxReply: restRoute({
    method: 'POST',
    path: '/api/mailbox/reply',
    access: 'anyone',
    body: MailboxReply,
    answer: MailboxMessageAnswer,
  }),
  mailboxForget: restRoute({ method: 'POST', path: '/api/mailbox/forget', access: 'anyone', body: MailboxCodeBody }),
  mailboxList: restRoute({
    method: 'GET',
    path: '/api/conversations',
    access: 'staff',
    servedWhen: { channel: 'mailbox' },
    query: MailboxListQuery,
    answer: z.array(MailboxListItem),
  }),
  mailboxThread: restRoute({
    method: 'GET',
    path: '/api/mailbox/:conversationId',
    access: 'staff',
    params: thread,
    answer: MailboxStaffThread,
  }),
  mailboxClaim: restRoute({
    method: 'POST',
    path: '/api/mailbox/:conversationId/claim',
    access: 'staff',
    params: thread,
    answer: MailboxClaimAnswer,
  }),
  mailboxAnswer: restRoute({
    method: 'POST',
    path: '/api/mailbox/:conversationId/messages',
    access: 'staff',
    params: thread,
    body: MailboxStaffMessage,
    answer: MailboxMessageAnswer,
  }),
  mailboxNote: restRoute({
    method: 'POST',
    path: '/api/mailbox/:conversationId/notes',
    access: 'staff',
    params: thread,
    body: MailboxNoteAdd,
    answer: MailboxNote,
  }),
  mailboxClose: restRoute({
    method: 'POST',
    path: '/api/mailbox/:conversationId/close',
    access: 'staff',
    params: thread,
  }),
};

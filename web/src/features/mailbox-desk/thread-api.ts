import {
  MailboxClaimAnswer,
  MailboxListItem,
  MailboxMessageAnswer,
  MailboxNote,
  MailboxStaffThread,
  type MailboxState,
} from '@helpline/shared/http';
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';

const LIST_PATH = '/api/conversations?channel=mailbox';
const ThreadList = z.array(MailboxListItem);

/** The counsellor's programmes' threads in one state (all states without one), oldest first, without text. */
export const threadListQuery = (state?: MailboxState) =>
  apiGet(ThreadList, state ? `${LIST_PATH}&state=${state}` : LIST_PATH);

/** One thread's messages and notes (audited as a transcript read unless one holds its claim). */
export const threadQuery = (id: string) => apiGet(MailboxStaffThread, `/api/mailbox/${id}`);

const post = <S extends z.ZodType>(schema: S, path: string, body?: unknown) =>
  api(schema, path, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

export const claimThread = (id: string) => post(MailboxClaimAnswer, `/api/mailbox/${id}/claim`);
export const answerThread = (id: string, clientId: string, body: string) =>
  post(MailboxMessageAnswer, `/api/mailbox/${id}/messages`, { clientId, body });
export const addThreadNote = (id: string, body: string) => post(MailboxNote, `/api/mailbox/${id}/notes`, { body });
export const closeThread = (id: string) => post(z.unknown(), `/api/mailbox/${id}/close`);

/**
 * Every mailbox list is read again (after a claim, an answer, a close, or a push that something changed). Threads are
 * not: reading one someone else holds is an audited transcript read, so it is read again only when asked.
 */
export const refreshMailbox = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({
    predicate: ({ queryKey: [path] }) => typeof path === 'string' && path.startsWith(LIST_PATH),
  });

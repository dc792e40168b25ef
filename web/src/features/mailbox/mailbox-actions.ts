'use server';

import { randomUUID } from 'node:crypto';
import { type ProgrammeId, programmeIds } from '@helpline/shared/domain';
import { MailboxMessageAnswer, MailboxThread, MailboxWriteAnswer } from '@helpline/shared/http';
import { z } from 'zod';
import { pageNow } from '~/lib/page-now';
import { callMailbox } from './mailbox-api';

/** Why the API refused: its error code and, for bad input, the field. */
export type Refusal = { code: string; field?: string };

export type WriteState =
  | {
      step: 'form';
      programme: ProgrammeId;
      lang: 'nl' | 'en';
      body: string;
      ageBand: string;
      about: string;
      /** Made with the form and sent with it: the same form posted again answers the thread it made, code and all. */
      clientId: string;
      refusal?: Refusal;
      /** Changes with every answer, so the form shows the values it was sent again. */
      attempt: number;
    }
  | { step: 'written'; programme: ProgrammeId; code: string; expectedReplyBy: string };

export type ThreadState =
  | { step: 'code'; code: string; refusal?: Refusal; attempt: number }
  | {
      step: 'thread';
      code: string;
      thread: MailboxThread;
      /** When the thread was read (the pages' clock), for "today at 09:12". */
      readAt: string;
      /** The next reply's clientId: sending the same form twice stores the reply once. */
      clientId: string;
      draft: string;
      replied: boolean;
      confirmForget: boolean;
      refusal?: Refusal;
      attempt: number;
    }
  | { step: 'forgotten' };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const Lang = z.enum(['nl', 'en']);
const isProgramme = (value: string): value is ProgrammeId => (programmeIds as readonly string[]).includes(value);

/** A new thread from the write form. */
export async function writeMailbox(state: WriteState, form: FormData): Promise<WriteState> {
  if (state.step === 'written') return state;
  const programme = text(form, 'programme');
  const lang = Lang.catch('nl').parse(text(form, 'lang'));
  const values = { body: text(form, 'body'), ageBand: text(form, 'ageBand'), about: text(form, 'about') };
  const clientId = z.uuid().catch(randomUUID()).parse(text(form, 'clientId'));
  const refused = (refusal: Refusal): WriteState => ({
    step: 'form',
    programme: isProgramme(programme) ? programme : state.programme,
    lang,
    ...values,
    clientId,
    refusal,
    attempt: state.attempt + 1,
  });
  if (!isProgramme(programme)) return refused({ code: 'INVALID_INPUT', field: 'programme' });
  const intake = {
    language: lang,
    ...(values.ageBand ? { ageBand: values.ageBand } : {}),
    ...(values.about === 'self' || values.about === 'other' ? { about: values.about } : {}),
  };
  const answer = await callMailbox(MailboxWriteAnswer, '/api/mailbox', {
    programme,
    body: values.body,
    intake,
    clientId,
  });
  if (!answer.ok) return refused(answer);
  return { step: 'written', programme, code: answer.value.code, expectedReplyBy: answer.value.expectedReplyBy };
}

const readThread = (code: string) => callMailbox(MailboxThread, '/api/mailbox/read', { code });

const showThread = async (
  code: string,
  attempt: number,
  extra: { replied?: boolean; confirmForget?: boolean; draft?: string; refusal?: Refusal } = {},
): Promise<ThreadState> => {
  const read = await readThread(code);
  if (!read.ok) return { step: 'code', code, refusal: read, attempt: attempt + 1 };
  return {
    step: 'thread',
    code,
    thread: read.value,
    readAt: pageNow().toISOString(),
    clientId: randomUUID(),
    draft: extra.draft ?? '',
    replied: extra.replied ?? false,
    confirmForget: extra.confirmForget ?? false,
    ...(extra.refusal ? { refusal: extra.refusal } : {}),
    attempt: attempt + 1,
  };
};

/**
 * Everything the read page's forms do, by the button pressed (`intent`): open the thread with the code, write back,
 * ask to forget, forget. The code comes with every form (in its body, never in a URL), so each answer stands alone.
 */
export async function threadAction(state: ThreadState, form: FormData): Promise<ThreadState> {
  const code = text(form, 'code').trim();
  const attempt = state.step === 'forgotten' ? 0 : state.attempt;
  switch (text(form, 'intent')) {
    case 'reply': {
      const body = text(form, 'body');
      const clientId = z.uuid().catch(randomUUID()).parse(text(form, 'clientId'));
      const sent = await callMailbox(MailboxMessageAnswer, '/api/mailbox/reply', { code, clientId, body });
      return sent.ok
        ? showThread(code, attempt, { replied: true })
        : showThread(code, attempt, { draft: body, refusal: sent });
    }
    case 'forget-ask':
      return showThread(code, attempt, { confirmForget: true });
    case 'forget': {
      const forgotten = await callMailbox(z.null(), '/api/mailbox/forget', { code });
      return forgotten.ok ? { step: 'forgotten' } : showThread(code, attempt, { refusal: forgotten });
    }
    default:
      return showThread(code, attempt);
  }
}

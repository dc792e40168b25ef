import { randomUUID } from 'node:crypto';
import type { Executor } from '@helpline/db';
import { violatedUnique } from '@helpline/db';
import type { Message, Sender } from '@helpline/shared';
import { AppError } from '../../errors';
import { encodeMessage, toMessage } from '../conversations/message-codec';
import type { MailboxRepo } from './mailbox.repo';

type Send = {
  id: string;
  sender: Exclude<Sender, 'system'>;
  senderStaffId: string | null;
  clientId: string;
  body: string;
  now: Date;
};

/**
 * One message stored in the caller's transaction, idempotent by client id per side: a resend answers the message
 * stored first and changes nothing (`isNew` false). Numbered under the conversation's row lock, so seq has no gaps.
 */
export const storeThreadMessage = async (
  repo: Pick<MailboxRepo, 'sentBefore' | 'nextSeq' | 'insertMessage'>,
  tx: Executor,
  dataKey: Uint8Array,
  send: Send,
): Promise<{ message: Message; isNew: boolean }> => {
  const before = await repo.sentBefore(tx, send.id, send.sender, send.clientId);
  if (before) return { message: toMessage(before, dataKey), isNew: false };
  const seq = await repo.nextSeq(tx, send.id);
  if (seq === null) throw new AppError('NOT_FOUND', 'No such thread');
  const { row, message } = encodeMessage(
    {
      id: randomUUID(),
      conversationId: send.id,
      seq,
      sender: send.sender,
      senderStaffId: send.senderStaffId,
      clientId: send.clientId,
      body: send.body,
      sentAt: send.now,
    },
    dataKey,
  );
  try {
    await repo.insertMessage(tx, row);
  } catch (error) {
    // The same client id raced in on another connection: the caller's retry finds it stored.
    if (violatedUnique(error)) throw new AppError('CONFLICT', 'This message is being stored already: send it again');
    throw error;
  }
  return { message, isNew: true };
};

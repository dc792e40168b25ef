import type { messages } from '@helpline/db';
import { type Message, type Sender, SystemNotice, systemFallback } from '@helpline/shared';
import { open, seal } from '../crypto/message-crypto';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;

/** Where a message stands: its conversation and number, which its ciphertext is bound to. */
type Place = { conversationId: string; seq: number };

/** A system message is sealed as its notice (code and parameters); older ones hold plain text. */
const decodeNotice = (text: string): SystemNotice | null => {
  try {
    const parsed = SystemNotice.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** A message's text, or a system message's notice, sealed with the conversation's data key for its row. */
export const sealMessage = (place: Place, body: string, dataKey: Uint8Array) =>
  seal({ ...place, kind: 'message', body }, dataKey);

/** A stored message as the wire carries it: opened with its conversation's data key; a notice with its fallback text. */
export const toMessage = (row: MessageRow, dataKey: Uint8Array): Message => {
  const text = open({ ...row, kind: 'message' }, dataKey);
  const notice = row.sender === 'system' ? decodeNotice(text) : null;
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    sender: row.sender,
    body: notice ? systemFallback(notice) : text,
    sentAt: row.sentAt.toISOString(),
    ...(row.clientId ? { clientId: row.clientId } : {}),
    ...(notice ? { system: notice } : {}),
  };
};

/** A new message from one set of facts: the sealed row to store and the message as the wire carries it. */
export const encodeMessage = (
  facts: Place & {
    id: string;
    sender: Sender;
    senderStaffId: string | null;
    clientId: string | null;
    body: string;
    sentAt: Date;
  },
  dataKey: Uint8Array,
): { row: NewMessageRow; message: Message } => {
  const { body, ...stored } = facts;
  return {
    row: { ...stored, ...sealMessage(facts, body, dataKey) },
    message: {
      id: facts.id,
      conversationId: facts.conversationId,
      seq: facts.seq,
      sender: facts.sender,
      body,
      sentAt: facts.sentAt.toISOString(),
      ...(facts.clientId ? { clientId: facts.clientId } : {}),
    },
  };
};

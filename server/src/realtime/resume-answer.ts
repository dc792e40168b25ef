import type { ConversationResumeAnswer, Message } from '@helpline/shared';
import type { ConversationRow } from '../modules/conversations/conversation.repo';

/** The answer to `conversation:resume` on either namespace; `position` only while the visitor still waits. */
export const toResumeAnswer = (
  row: Pick<ConversationRow, 'id' | 'programmeId' | 'status'>,
  messages: Message[],
  position?: number | null,
): ConversationResumeAnswer => ({
  conversation: {
    id: row.id,
    programme: row.programmeId,
    status: row.status,
    ...(position ? { position } : {}),
    messages,
  },
});

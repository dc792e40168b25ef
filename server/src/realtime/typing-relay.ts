import type { Typing } from '@helpline/shared';
import type { ConversationRow } from '../modules/conversations/conversation.repo';
import { type Namespaces, rooms } from './socket-types';

/** Passes a typing indicator to the other side of a chat: the visitor's to its counsellor, and back. */
export const relayTyping = (
  { staff, visitor }: Namespaces,
  row: Pick<ConversationRow, 'programmeId' | 'visitorId' | 'counsellorId'>,
  from: 'visitor' | 'counsellor',
  typing: Typing,
) => {
  if (from === 'visitor' && row.counsellorId)
    staff.to(rooms.holder(row.counsellorId, row.programmeId)).emit('typing', typing);
  if (from === 'counsellor' && row.visitorId) visitor.to(rooms.visitor(row.visitorId)).emit('typing', typing);
};

import { ConversationList, type ConversationListItem } from '@helpline/shared/http';
import { api } from '~/lib/api';

/**
 * The chats this counsellor holds, asked from the server (never from the browser's storage): every active one, and
 * every ended one whose tags are not complete yet (it stays in the list until closed out), in the order they started.
 */
export const fetchMyChats = async (): Promise<ConversationListItem[]> => {
  const [active, untagged] = await Promise.all([
    api(ConversationList, '/api/conversations?mine=true&status=active'),
    api(ConversationList, '/api/conversations?mine=true&status=ended&needsTags=true'),
  ]);
  return [...active, ...untagged].sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
};

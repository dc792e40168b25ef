import { type ConversationListItem, ConversationListItem as Item } from '@helpline/shared/http';
import { z } from 'zod';
import { api } from '../../lib/api';
import { missingDimensions } from '../tags/tag-rules';

const List = z.array(Item);
const KEEP_UNTAGGED_DAYS = 14;

/**
 * The chats this counsellor holds, asked from the server (never from the browser's storage): every active one, and
 * every ended one whose tags are not complete yet (it stays in the list until closed out).
 */
export const fetchMyChats = async (): Promise<ConversationListItem[]> => {
  const since = new Date(Date.now() - KEEP_UNTAGGED_DAYS * 86_400_000).toISOString();
  const [active, ended] = await Promise.all([
    api(List, '/api/conversations?mine=true&status=active'),
    api(List, `/api/conversations?mine=true&status=ended&from=${encodeURIComponent(since)}`),
  ]);
  const untagged = ended.filter((c) => missingDimensions(c.programme, c.tags).length > 0);
  return [...active, ...untagged].sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
};

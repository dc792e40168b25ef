'use client';

import { useEffect } from 'react';
import type { Text } from '~/i18n/text';
import type { DeskState } from './chat-state';

/** "(3) Werkplek", or "● Nieuw gesprek · Werkplek" while a routed chat has not been looked at (unless muted). */
export const useTabTitle = (state: DeskState, t: Text<'workspace'>, enabled: boolean) => {
  const unread = state.chats.reduce((sum, chat) => sum + chat.unread, 0);
  const fresh = state.announced.length > 0;
  useEffect(() => {
    const parts = [
      enabled && fresh ? `● ${t('newChatTitle')} ·` : '',
      enabled && unread > 0 ? t('unreadTitle', { n: unread }) : '',
      t('title'),
    ];
    document.title = parts.filter(Boolean).join(' ');
  }, [enabled, fresh, unread, t]);
};

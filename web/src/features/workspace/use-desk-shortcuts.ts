'use client';

import { useEffect, useRef } from 'react';
import { servingOrder } from '../queue/serving-order';
import type { Desk } from './use-desk';

const focusById = (id: string) => {
  const element = document.getElementById(id);
  element?.focus();
  return Boolean(element);
};

/** Alt+A accept the first in the queue (urgent first, then the longest waiting), Alt+↓/↑ next/previous chat, Alt+M message box, Alt+T tags, Alt+E end. */
export const useDeskShortcuts = (desk: Desk, openDesk: () => void) => {
  const deskRef = useRef(desk);
  deskRef.current = desk;
  const openRef = useRef(openDesk);
  openRef.current = openDesk;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const { state, actions } = deskRef.current;
      const index = state.chats.findIndex((chat) => chat.id === state.activeId);
      const go = (id: string | undefined) => {
        if (!id) return;
        actions.activate(id);
        openRef.current();
      };
      switch (event.code) {
        case 'KeyA': {
          const first = servingOrder(state.queue)[0];
          if (first) actions.accept(first.conversationId).then((ok) => ok && openRef.current());
          break;
        }
        case 'ArrowDown':
          go(state.chats[(index + 1) % Math.max(state.chats.length, 1)]?.id);
          break;
        case 'ArrowUp':
          go(state.chats[(index - 1 + state.chats.length) % Math.max(state.chats.length, 1)]?.id);
          break;
        case 'KeyM':
          if (!focusById('composer')) return;
          break;
        case 'KeyT':
          if (!focusById('tag-form-start')) return;
          break;
        case 'KeyE': {
          const end = document.getElementById('end-chat');
          if (!end) return;
          end.click();
          break;
        }
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};

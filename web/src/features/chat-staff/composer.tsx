'use client';

import { useEffect, useRef } from 'react';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';
import { ComposerBox } from './composer-box';

const TYPING_IDLE_MS = 3000;

/** A live chat's message box: sends through the chat's outbox and tells the visitor while the counsellor types. */
export function Composer({ chat }: { chat: Chat }) {
  const { desk } = useWorkspace();
  const typingSince = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(idle.current), []);

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (typingSince.current) desk.actions.typing(chat.id, false);
    typingSince.current = 0;
  };
  const onInput = () => {
    const now = Date.now();
    if (now - typingSince.current > TYPING_IDLE_MS) {
      desk.actions.typing(chat.id, true);
      typingSince.current = now;
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  return (
    <ComposerBox
      draftKey={chat.id}
      programme={chat.programme}
      onInput={onInput}
      onBlur={stopTyping}
      onSend={(body) => {
        stopTyping();
        desk.actions.send(chat.id, body);
        return true;
      }}
    />
  );
}

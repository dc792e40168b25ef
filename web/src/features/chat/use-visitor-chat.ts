'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { onQuickExit } from '../quick-exit/quick-exit';
import { createChatController } from './chat-controller';
import { initialState } from './chat-state';

/** The chat of one programme for this tab: its state, and the actions a visitor can take. */
export const useVisitorChat = (programme: ProgrammeId) => {
  const [controller] = useState(() => createChatController(programme));
  const state = useSyncExternalStore(controller.subscribe, controller.getState, () => initialState);
  useEffect(() => {
    controller.start();
    const unregister = onQuickExit(controller.forget);
    return () => {
      unregister();
      controller.stop();
    };
  }, [controller]);
  return { state, actions: controller };
};

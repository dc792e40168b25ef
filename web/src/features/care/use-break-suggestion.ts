'use client';

import { ask, type StaffSocket } from '@helpline/shared/client';
import type { BreakSuggested } from '@helpline/shared/events';
import { useCallback, useEffect, useState } from 'react';

/**
 * The break the server suggests to this counsellor (the same in every tab: the server pushes it to each, and clears
 * it in each when it is snoozed or dismissed anywhere). Later and close ask the server; until it answers the banner
 * stays, so a failure never loses the suggestion silently.
 */
export const useBreakSuggestion = (socket: StaffSocket | null) => {
  const [suggestion, setSuggestion] = useState<BreakSuggested | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!socket) return;
    const show = (next: BreakSuggested) => {
      setFailed(false);
      setSuggestion(next);
    };
    const clear = () => setSuggestion(null);
    socket.on('break:suggested', show);
    socket.on('break:cleared', clear);
    return () => {
      socket.off('break:suggested', show);
      socket.off('break:cleared', clear);
    };
  }, [socket]);

  const settle = useCallback(
    async (event: 'break:snooze' | 'break:dismiss') => {
      if (!socket) return setFailed(true);
      const answer = await ask(socket, event, {});
      setFailed(!answer.ok);
      if (answer.ok) setSuggestion(null);
    },
    [socket],
  );
  return {
    suggestion,
    failed,
    snooze: () => settle('break:snooze'),
    dismiss: () => settle('break:dismiss'),
  };
};

'use client';

import { createStaffSocket, type StaffSocket } from '@helpline/shared/client';
import { useEffect, useState } from 'react';

/** One staff socket for the page (the session cookie authenticates it), with its connection state. */
export const useSupervisorSocket = () => {
  const [socket, setSocket] = useState<StaffSocket | null>(null);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const s = createStaffSocket('');
    const onConnect = () => setConnected(true);
    const onDisconnect = () => setConnected(false);
    s.on('connect', onConnect);
    s.on('disconnect', onDisconnect);
    s.on('connect_error', onDisconnect);
    setSocket(s);
    return () => {
      s.disconnect();
      setSocket(null);
    };
  }, []);
  return { socket, connected };
};

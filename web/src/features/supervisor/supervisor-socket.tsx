'use client';

import type { StaffSocket } from '@helpline/shared/client';
import { createContext, type ReactNode, useContext } from 'react';
import { useSupervisorSocket } from './use-supervisor-socket';

type Shared = { socket: StaffSocket | null; connected: boolean };
const SupervisorSocketContext = createContext<Shared>({ socket: null, connected: false });

/**
 * One staff socket for every supervisor page of a tab, kept while the supervisor moves between them: help requests
 * reach whichever page is open, and the wall hears its pushes on it.
 */
export function SupervisorSocketProvider({ children }: { children: ReactNode }) {
  const shared = useSupervisorSocket();
  return <SupervisorSocketContext value={shared}>{children}</SupervisorSocketContext>;
}

/** The supervisor pages' shared socket and its connection state. */
export const useSharedSupervisorSocket = () => useContext(SupervisorSocketContext);

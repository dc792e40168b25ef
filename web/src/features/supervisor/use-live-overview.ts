'use client';

import type { ProgrammeId, QueueSnapshot } from '@helpline/shared';
import { SupervisorOverview } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { useApiQuery } from '~/lib/use-api-query';
import { useSupervisorSocket } from './use-supervisor-socket';

export type Waiting = QueueSnapshot['programmes'][number]['waiting'];

/** The overview from the API, replaced by every `supervisor:overview` push; the queues from `queue:snapshot`. */
export const useLiveOverview = () => {
  const initial = useApiQuery(SupervisorOverview, '/api/supervisor/overview');
  const { socket, connected } = useSupervisorSocket();
  const [pushed, setPushed] = useState<SupervisorOverview | null>(null);
  const [queues, setQueues] = useState<Partial<Record<ProgrammeId, Waiting>>>({});
  useEffect(() => {
    if (!socket) return;
    const onOverview = (overview: SupervisorOverview) => setPushed(overview);
    const onSnapshot = (snapshot: QueueSnapshot) =>
      setQueues((previous) => ({
        ...previous,
        ...Object.fromEntries(snapshot.programmes.map((p) => [p.programme, p.waiting])),
      }));
    socket.on('supervisor:overview', onOverview);
    socket.on('queue:snapshot', onSnapshot);
    return () => {
      socket.off('supervisor:overview', onOverview);
      socket.off('queue:snapshot', onSnapshot);
    };
  }, [socket]);
  const overview = pushed ?? initial.data;
  /** Shows a change this page just made (today's hours) at once, until the next push brings the server's own. */
  const patchProgramme = (id: ProgrammeId, patch: Partial<SupervisorOverview['programmes'][number]>) => {
    if (!overview) return;
    setPushed({ ...overview, programmes: overview.programmes.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
  };
  return { overview, error: pushed ? null : initial.error, queues, connected, patchProgramme };
};

/** Seconds since `since`, ticking once a second. */
export const useNow = (intervalMs = 1000) => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
};

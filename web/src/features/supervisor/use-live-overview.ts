'use client';

import type { ProgrammeId, QueueSnapshot } from '@helpline/shared';
import { SupervisorOverview } from '@helpline/shared/http';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiGet } from '~/lib/api-get';
import { useSharedSupervisorSocket } from './supervisor-socket';

export type Waiting = QueueSnapshot['programmes'][number]['waiting'];

const overviewQuery = apiGet(SupervisorOverview, '/api/supervisor/overview');

/** The overview from the API, replaced in the query cache by every `supervisor:overview` push; queues from `queue:snapshot`. */
export const useLiveOverview = () => {
  const { data: overview, error } = useQuery(overviewQuery);
  const queryClient = useQueryClient();
  const { socket, connected } = useSharedSupervisorSocket();
  const [queues, setQueues] = useState<Partial<Record<ProgrammeId, Waiting>>>({});
  useEffect(() => {
    if (!socket) return;
    const onOverview = (pushed: SupervisorOverview) => queryClient.setQueryData(overviewQuery.queryKey, pushed);
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
  }, [socket, queryClient]);
  /** Shows a change this page just made (today's hours) at once, until the next push brings the server's own. */
  const patchProgramme = (id: ProgrammeId, patch: Partial<SupervisorOverview['programmes'][number]>) =>
    queryClient.setQueryData(
      overviewQuery.queryKey,
      (current) =>
        current && { ...current, programmes: current.programmes.map((p) => (p.id === id ? { ...p, ...patch } : p)) },
    );
  return { overview, error, queues, connected, patchProgramme };
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

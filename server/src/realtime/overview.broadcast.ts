import type { Logger } from '../logger';
import type { DomainEventBus } from '../modules/conversations/domain-events';
import type { OverviewService } from '../modules/overview/overview.service';
import type { PresenceService } from '../modules/presence/presence.service';
import { rooms, type StaffNamespace, type StaffSocket } from './socket-types';

const OVERVIEW_DEBOUNCE_MS = 150;

type Deps = { events: DomainEventBus; presence: Pick<PresenceService, 'changed'>; overview: OverviewService };

/**
 * Pushes `supervisor:overview` to supervisors: on connect, shortly after a burst of queue, assignment, end or presence
 * changes (to every process's supervisors through the adapter), and from the periodic tick to this process's own
 * supervisors whenever it differs from what they last got (waits grow, heartbeats stop).
 */
export const bindOverviewPush = (nsp: StaffNamespace, services: Deps, logger: Logger) => {
  const { events, presence, overview } = services;
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const push = async () => {
    const current = await overview.overview();
    last = JSON.stringify(current);
    nsp.to(rooms.supervisors).emit('supervisor:overview', current);
  };
  const refresh = async () => {
    if (!nsp.adapter.rooms.get(rooms.supervisors)?.size) return;
    const current = await overview.overview();
    const serialized = JSON.stringify(current);
    if (serialized === last) return;
    last = serialized;
    nsp.local.to(rooms.supervisors).emit('supervisor:overview', current);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      push().catch((error: unknown) => logger.error({ err: error }, 'overview push failed'));
    }, OVERVIEW_DEBOUNCE_MS);
  };
  const onConnect = (socket: StaffSocket) => {
    if (socket.data.staff.role !== 'supervisor') return;
    overview
      .overview()
      .then((current) => socket.emit('supervisor:overview', current))
      .catch((error: unknown) => logger.error({ err: error }, 'overview push failed'));
  };
  // An urgent chat waiting is news at once, not after the burst: pushed now (the debounced push follows anyway).
  const urgent = () => {
    clearTimeout(timer);
    push().catch((error: unknown) => logger.error({ err: error }, 'overview push failed'));
  };
  const changes = ['queue', 'assigned', 'ended', 'released', 'mailbox'] as const;
  for (const event of changes) events.on(event, schedule);
  events.on('urgent', urgent);
  presence.changed.on('changed', schedule);
  nsp.on('connection', onConnect);
  return {
    refresh,
    stop: () => {
      clearTimeout(timer);
      for (const event of changes) events.off(event, schedule);
      events.off('urgent', urgent);
      presence.changed.off('changed', schedule);
      nsp.off('connection', onConnect);
    },
  };
};

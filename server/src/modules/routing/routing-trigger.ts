import type { ProgrammeId } from '@helpline/shared';
import type { DomainEventBus } from '../conversations/domain-events';
import type { RoutingService } from './routing.service';

/**
 * Queue changes come in bursts: the first change of a burst schedules one round per programme this long after it,
 * and later changes join it (never postponing it, so a steady stream of joins cannot starve routing).
 */
export const ROUTING_DEBOUNCE_MS = 25;

type Deps = { events: DomainEventBus; routing: Pick<RoutingService, 'assignAll'> };

/**
 * Routing starts from one domain event: `queue` (a programme's queue, or the room to serve it, changed). Each burst
 * gets one round for its programme, and then `routed`, so what is announced of the queue is what still waits after it.
 * The periodic tick routes too, as the safety net. Returns the stop function.
 */
export const bindRouting = ({ events, routing }: Deps, onError: (error: unknown) => void) => {
  const pending = new Map<ProgrammeId, NodeJS.Timeout>();
  const route = async (programme: ProgrammeId) => {
    await routing.assignAll([programme]);
    events.emit('routed', programme);
  };
  const onQueue = (programme: ProgrammeId) => {
    if (pending.has(programme)) return;
    pending.set(
      programme,
      setTimeout(() => {
        pending.delete(programme);
        route(programme).catch(onError);
      }, ROUTING_DEBOUNCE_MS),
    );
  };
  events.on('queue', onQueue);
  return () => {
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
    events.off('queue', onQueue);
  };
};

import type { Logger } from '../logger';
import type { BreakService } from '../modules/care/break.service';
import type { ConversationService } from '../modules/conversations/conversation.service';
import type { PresenceService } from '../modules/presence/presence.service';
import type { QueueService } from '../modules/queue/queue.service';
import type { RetentionService } from '../modules/retention/retention.service';
import type { RoutingService } from '../modules/routing/routing.service';
import type { VisitorService } from '../modules/visitors/visitor.service';
import type { StaffNamespace } from './socket-types';
import type { VisitorPresenceBinding } from './visitor-presence';

// Routing also runs on every queue change; the tick is the safety net and the clock for timeouts and the grace period.
const TICK_MS = 5000;
const HEARTBEAT_EVERY_TICKS = 2;
// Retention runs once a day; the hourly check asks the audit log when it last ran, so restarts do not skip a day.
const RETENTION_CHECK_MS = 60 * 60 * 1000;

type Deps = {
  presence: Pick<PresenceService, 'seen'>;
  queue: Pick<QueueService, 'sweepTimeouts' | 'sweepGone'>;
  conversations: Pick<ConversationService, 'requeueAbsent'>;
  routing: Pick<RoutingService, 'assignAll'>;
  retention: Pick<RetentionService, 'runIfDue'>;
  visitors: Pick<VisitorService, 'forgetExpired'>;
  breaks: Pick<BreakService, 'step'>;
};

/**
 * The periodic work of one process; safe to run in every process at once because each step is decided in the
 * database. `runOnce` lets tests drive it after moving the injected clock. A tick while `isServing()` is false (a process
 * waiting for its migrations, or draining) does nothing: the other processes do the work.
 */
export const createJobs = (
  staffNsp: StaffNamespace,
  services: Deps,
  logger: Logger,
  overview: { refresh: () => Promise<void> },
  visitorPresence: Pick<VisitorPresenceBinding, 'heartbeat'>,
  isServing: () => boolean,
) => {
  const { presence, queue, conversations, routing, retention, visitors, breaks } = services;
  let tick = 0;
  let running = false;
  const heartbeat = () => presence.seen([...new Set([...staffNsp.sockets.values()].map((s) => s.data.staff.id))]);
  const runOnce = async (opts: { heartbeat?: boolean } = { heartbeat: true }) => {
    if (opts.heartbeat) await heartbeat();
    // Every tick: a waiting visitor gone for a minute must not be offered, so their stamp is never more than a tick old.
    await visitorPresence.heartbeat();
    await queue.sweepTimeouts();
    await queue.sweepGone();
    await conversations.requeueAbsent();
    await routing.assignAll();
    await visitors.forgetExpired();
    await breaks.step();
    await overview.refresh();
  };
  const timer = setInterval(() => {
    if (running || !isServing()) return;
    running = true;
    tick += 1;
    runOnce({ heartbeat: tick % HEARTBEAT_EVERY_TICKS === 0 })
      .catch((error: unknown) => logger.error({ err: error }, 'periodic job failed'))
      .finally(() => {
        running = false;
      });
  }, TICK_MS);
  timer.unref();
  const retentionTimer = setInterval(() => {
    if (!isServing()) return;
    retention.runIfDue().catch((error: unknown) => logger.error({ err: error }, 'retention job failed'));
  }, RETENTION_CHECK_MS);
  retentionTimer.unref();
  return {
    runOnce,
    stop: () => {
      clearInterval(timer);
      clearInterval(retentionTimer);
    },
  };
};

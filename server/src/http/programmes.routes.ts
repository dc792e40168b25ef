import { restRoutes } from '@helpline/shared';
import type { AuditService } from '../modules/audit/audit.service';
import type { DomainEventBus } from '../modules/conversations/domain-events';
import type { ProgrammeService } from '../modules/programmes/programme.service';
import type { QueueStatsService } from '../modules/queue/queue-stats.service';
import { type RequireStaff, staffOf } from './require-staff';
import { typedRouter } from './typed-router';

type PublicDeps = { programmes: ProgrammeService; queueStats: QueueStatsService };
type HoursDeps = {
  programmes: ProgrammeService;
  audit: AuditService;
  events: DomainEventBus;
  requireStaff: RequireStaff;
};

/** Public: both programmes with their live open/closed state, queue length and next opening. */
export const programmeRoutes = ({ programmes, queueStats }: PublicDeps, exitUrl: string) => {
  const { router, route } = typedRouter();
  route(restRoutes.config, (_input, _req, res) => {
    res.json({ exitUrl });
  });
  route(restRoutes.programmes, async (_input, _req, res) => {
    res.json(await programmes.listStates(queueStats.statsOf));
  });
  route(restRoutes.hours, async ({ params }, _req, res) => {
    res.json(await programmes.hoursOf(params.id));
  });
  return router;
};

/** Supervisors set the opening hours, or change today's from the live wall (audited as a change of the hours). */
export const hoursRoutes = ({ programmes, audit, events, requireStaff }: HoursDeps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.hoursReplace, async ({ params: { id }, body }, _req, res) => {
    await programmes.replaceHours(id, body);
    const me = staffOf(res);
    await audit.record({ id: me.id, username: me.username }, 'hours.updated', { type: 'programme', id });
    res.json(await programmes.hoursOf(id));
  });
  route(restRoutes.hoursToday, async ({ params: { id }, body: change }, _req, res) => {
    const answer = await programmes.changeToday(id, change);
    const me = staffOf(res);
    await audit.record(
      { id: me.id, username: me.username },
      'hours.updated',
      { type: 'programme', id },
      {
        today: answer.exception,
        via: change.until === undefined ? 'longer-today' : 'open-until',
      },
    );
    // Supervisors' walls and routing hear of it at once, as after any change to a queue.
    events.emit('queue', id);
    res.json(answer);
  });
  return router;
};

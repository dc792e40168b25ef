import { HoursToday, ProgrammeHours, ProgrammeId } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { AuditService } from '../modules/audit/audit.service';
import type { DomainEventBus } from '../modules/conversations/domain-events';
import type { ProgrammeService } from '../modules/programmes/programme.service';
import type { QueueStatsService } from '../modules/queue/queue-stats.service';
import { type RequireStaff, staffOf } from './require-staff';

type PublicDeps = { programmes: ProgrammeService; queueStats: QueueStatsService };
type HoursDeps = {
  programmes: ProgrammeService;
  audit: AuditService;
  events: DomainEventBus;
  requireStaff: RequireStaff;
};

/** Public: both programmes with their live open/closed state, queue length and next opening. */
export const programmeRoutes = ({ programmes, queueStats }: PublicDeps, exitUrl: string) =>
  Router()
    .get('/api/config', (_req, res) => {
      res.json({ exitUrl });
    })
    .get('/api/programmes', async (_req, res) => {
      res.json(await programmes.listStates(queueStats.statsOf));
    })
    .get('/api/programmes/:id/hours', async (req, res) => {
      res.json(await programmes.hoursOf(parseInput(ProgrammeId, req.params.id, 'id')));
    });

/** Supervisors set the opening hours, or change today's from the live wall (audited as a change of the hours). */
export const hoursRoutes = ({ programmes, audit, events, requireStaff }: HoursDeps) =>
  Router()
    .put('/api/programmes/:id/hours', requireStaff({ role: 'supervisor' }), async (req, res) => {
      const id = parseInput(ProgrammeId, req.params.id, 'id');
      await programmes.replaceHours(id, parseInput(ProgrammeHours, req.body));
      const me = staffOf(res);
      await audit.record({ id: me.id, username: me.username }, 'hours.updated', { type: 'programme', id });
      res.json(await programmes.hoursOf(id));
    })
    .post('/api/programmes/:id/hours/today', requireStaff({ role: 'supervisor' }), async (req, res) => {
      const id = parseInput(ProgrammeId, req.params.id, 'id');
      const change = parseInput(HoursToday, req.body);
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

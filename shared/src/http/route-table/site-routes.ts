import { z } from 'zod';
import { ProgrammeHours } from '../../domain/hours';
import { HoursToday } from '../../domain/hours-today';
import { ProgrammeId } from '../../domain/programme';
import { ClosedAttemptForm } from '../closed-attempt';
import { HealthAnswer, ProgrammesAnswer, SiteConfig } from '../common';
import { RetentionSetting, RetentionUpdate } from '../reports';
import { restRoute } from './rest-route';

const programme = { id: ProgrammeId };

/** The site's public state, and the programmes' hours and retention as supervisors set them. */
export const siteRoutes = {
  health: restRoute({ method: 'GET', path: '/api/health', access: 'anyone', answer: HealthAnswer }),
  config: restRoute({ method: 'GET', path: '/api/config', access: 'anyone', answer: SiteConfig }),
  programmes: restRoute({ method: 'GET', path: '/api/programmes', access: 'anyone', answer: ProgrammesAnswer }),
  closedAttempt: restRoute({
    method: 'POST',
    path: '/api/chat/closed-attempt',
    access: 'anyone',
    body: ClosedAttemptForm,
  }),
  hours: restRoute({
    method: 'GET',
    path: '/api/programmes/:id/hours',
    access: 'anyone',
    params: programme,
    answer: ProgrammeHours,
  }),
  hoursReplace: restRoute({
    method: 'PUT',
    path: '/api/programmes/:id/hours',
    access: 'supervisor',
    params: programme,
    body: ProgrammeHours,
    answer: ProgrammeHours,
  }),
  hoursToday: restRoute({
    method: 'POST',
    path: '/api/programmes/:id/hours/today',
    access: 'supervisor',
    params: programme,
    body: HoursToday,
  }),
  retention: restRoute({
    method: 'GET',
    path: '/api/retention',
    access: 'supervisor',
    answer: z.array(RetentionSetting),
  }),
  retentionSet: restRoute({
    method: 'PUT',
    path: '/api/programmes/:id/retention',
    access: 'supervisor',
    params: programme,
    body: RetentionUpdate,
  }),
};

import { z } from 'zod';
import { CareSettings, CareUpdate } from '../../domain/care';
import { ProgrammeHours } from '../../domain/hours';
import { HoursToday } from '../../domain/hours-today';
import { ProgrammeId } from '../../domain/programme';
import { ClosedAttemptForm } from '../closed-attempt';
import { HealthAnswer, LivenessAnswer, ProgrammesAnswer, ReadinessAnswer, SiteConfig } from '../common';
import { RetentionSetting, RetentionUpdate } from '../reports';
import { restRoute } from './rest-route';

const programme = { id: ProgrammeId };

/** The site's public state, and the programmes' hours, retention and care settings as supervisors set them. */
export const siteRoutes = {
  health: restRoute({ method: 'GET', path: '/api/health', access: 'anyone', answer: HealthAnswer }),
  /** For a process supervisor or orchestrator: the process runs. Outside /api, never a page. */
  livez: restRoute({ method: 'GET', path: '/livez', access: 'anyone', answer: LivenessAnswer }),
  /** For the proxy in front: send this process work (200) or not (503, with why). Outside /api, never a page. */
  readyz: restRoute({ method: 'GET', path: '/readyz', access: 'anyone', answer: ReadinessAnswer }),
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
  care: restRoute({ method: 'GET', path: '/api/care', access: 'supervisor', answer: z.array(CareSettings) }),
  careSet: restRoute({
    method: 'PUT',
    path: '/api/programmes/:id/care',
    access: 'supervisor',
    params: programme,
    body: CareUpdate,
    answer: CareSettings,
  }),
};

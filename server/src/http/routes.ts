import { Router } from 'express';
import type { AppDeps } from '../app';
import type { Services } from '../services';
import { authRoutes } from './auth.routes';
import { colleagueRoutes } from './colleagues.routes';
import { healthRoutes } from './health.routes';
import { hoursRoutes, programmeRoutes } from './programmes.routes';
import { staffRoutes } from './staff.routes';

/** Every REST route group of the API, in one list. */
export const apiRoutes = (services: Services, deps: AppDeps) =>
  Router().use(
    healthRoutes({ db: deps.db }),
    programmeRoutes(services, deps.env.HELPLINE_EXIT_URL),
    hoursRoutes(services),
    authRoutes(services),
    staffRoutes(services, deps.clock),
    colleagueRoutes(services),
  );

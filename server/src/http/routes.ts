import { Router } from 'express';
import type { AppDeps } from '../app';
import type { Services } from '../services';
import { healthRoutes } from './health.routes';
import { programmeRoutes } from './programmes.routes';

/** Every REST route group of the API, in one list. */
export const apiRoutes = (services: Services, deps: AppDeps) =>
  Router().use(healthRoutes({ db: deps.db }), programmeRoutes(services, deps.env.HELPLINE_EXIT_URL));

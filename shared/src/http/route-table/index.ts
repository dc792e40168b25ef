import { adminRoutes } from './admin-routes';
import { authRoutes } from './auth-routes';
import { caseRoutes } from './case-routes';
import { mailboxRoutes } from './mailbox-routes';
import { reportRoutes } from './report-routes';
import type { RestRoute } from './rest-route';
import { siteRoutes } from './site-routes';

export * from './rest-route';

/**
 * Every REST endpoint the server serves, by name: the routers register their handlers against these entries, the
 * access matrix and the REST fuzz read them, and a test checks the router serves exactly these.
 */
export const restRoutes = {
  ...siteRoutes,
  ...authRoutes,
  ...adminRoutes,
  ...caseRoutes,
  ...mailboxRoutes,
  ...reportRoutes,
} satisfies Record<string, RestRoute>;

export type RestRouteName = keyof typeof restRoutes;

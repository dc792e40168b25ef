import type { Services } from '../services';
import { createRequireStaff } from './require-staff';
import type { SessionCookie } from './session-cookie';

/** The domain services plus what only HTTP routes need: the session cookie and the staff guard built on it. */
export const createHttpContext = (services: Services, cookie: SessionCookie) => ({
  ...services,
  cookie,
  requireStaff: createRequireStaff({ sessions: services.sessions, cookie }),
});

export type HttpContext = ReturnType<typeof createHttpContext>;

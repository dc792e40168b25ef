import type { Server } from 'socket.io';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { bindBroadcasts } from './broadcasts';
import { createJobs } from './jobs';
import { bindOverviewPush } from './overview.broadcast';
import { registerStaffNamespace } from './staff.namespace';
import { registerVisitorNamespace, type VisitorNamespaceOptions } from './visitor.namespace';

/** Both namespaces, the broadcasts of domain events, and the periodic jobs. Returns the stop function. */
export const registerRealtime = (io: Server, services: Services, logger: Logger, opts: VisitorNamespaceOptions) => {
  const staff = registerStaffNamespace(io, services, logger);
  registerVisitorNamespace(io, services, logger, opts);
  const unbind = bindBroadcasts(io, services, logger);
  const overview = bindOverviewPush(staff.nsp, services, logger);
  const jobs = createJobs(staff.nsp, services, logger, overview);
  return {
    jobs,
    stop: () => {
      jobs.stop();
      staff.stop();
      overview.stop();
      unbind();
    },
  };
};

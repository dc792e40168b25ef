import type { DataKeys } from '../modules/conversations/data-keys';
import type { DomainEventBus } from '../modules/conversations/domain-events';
import type { Namespaces } from './socket-types';

/** A shredding on one process reaches every other: each drops the cached data keys of those conversations. */
export const bindShreddingBroadcast = (
  namespaces: Namespaces,
  services: { events: DomainEventBus; dataKeys: Pick<DataKeys, 'forget'> },
) => {
  const tellOthers = (ids: string[]) => namespaces.staff.serverSideEmit('transcripts:shredded', ids);
  services.events.on('shredded', tellOthers);
  namespaces.staff.on('transcripts:shredded', (ids) => services.dataKeys.forget(ids));
  return () => {
    services.events.off('shredded', tellOthers);
    namespaces.staff.removeAllListeners('transcripts:shredded');
  };
};

import type { ConversationRow } from '../conversations/conversation.repo';
import type { DomainEventBus } from '../conversations/domain-events';
import type { BreakService } from './break.service';

type Deps = { events: DomainEventBus; breaks: Pick<BreakService, 'afterClose'> };

/**
 * A chat closes for its counsellor when it ends, or when they save its tags after it ended: either may make it heavy
 * enough to offer a break (at most once per chat). Returns the stop function.
 */
export const bindCare = ({ events, breaks }: Deps, onError: (error: unknown) => void) => {
  const onEnded = (row: ConversationRow) => {
    breaks.afterClose(row.id).catch(onError);
  };
  const onTagged = (conversationId: string, savedBy: string) => {
    breaks.afterClose(conversationId, savedBy).catch(onError);
  };
  events.on('ended', onEnded);
  events.on('tagged', onTagged);
  return () => {
    events.off('ended', onEnded);
    events.off('tagged', onTagged);
  };
};

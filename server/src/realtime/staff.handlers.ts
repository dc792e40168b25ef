import { staffEventSchemas } from '@helpline/shared';
import type { Logger } from '../logger';
import { canSeeProgramme } from '../modules/access/authorize';
import type { BreakService } from '../modules/care/break.service';
import { toConversation } from '../modules/conversations/conversation.repo';
import type { ConversationService } from '../modules/conversations/conversation.service';
import type { SupervisionService } from '../modules/conversations/supervision.service';
import type { TranscriptAccess } from '../modules/conversations/transcript-access.service';
import type { UrgencyService } from '../modules/conversations/urgency.service';
import type { PresenceService } from '../modules/presence/presence.service';
import type { QueueService } from '../modules/queue/queue.service';
import type { RoutingService } from '../modules/routing/routing.service';
import { toResumeAnswer } from './resume-answer';
import { type Namespaces, rooms } from './socket-types';
import { supervisorsOnShift } from './supervisors-on-shift';
import { relayTyping } from './typing-relay';
import { bindHandlers, createSocketLimiter } from './with-schema';

type Deps = {
  routing: Pick<RoutingService, 'accept'>;
  conversations: ConversationService;
  queue: Pick<QueueService, 'snapshot'>;
  presence: PresenceService;
  transcripts: Pick<TranscriptAccess, 'messages'>;
  urgency: UrgencyService;
  supervision: SupervisionService;
  breaks: Pick<BreakService, 'snooze' | 'dismiss' | 'current'>;
};

/** The counsellor's and supervisor's events; every one authorized through the one helper. */
export const registerStaffHandlers = (namespaces: Namespaces, services: Deps, logger: Logger) => {
  const limiter = createSocketLimiter();
  const { routing, conversations, queue, presence, transcripts, urgency, supervision, breaks } = services;

  namespaces.staff.on('connection', (socket) => {
    // Authority as of this event: staff-sessions re-reads it from the database before every event.
    const me = () => socket.data.staff;
    const handle = bindHandlers(socket, staffEventSchemas, { limiter, logger });
    /** Every tab of this counsellor shows the presence and capacity the database holds. */
    const pushPresence = async () => {
      const state = await presence.stateOf(me().id);
      if (state) namespaces.staff.to(rooms.staff(me().id)).emit('presence:state', state);
    };

    handle('presence:set', async ({ status }) => {
      await presence.set(me().id, status);
      await pushPresence();
    });
    handle('conversation:accept', async ({ conversationId }) => ({
      conversation: toConversation(await routing.accept(me(), conversationId)),
    }));
    handle('message:send', async (input) => ({ message: await conversations.sendAsStaff(me(), input) }));
    handle(
      'typing',
      async (typing) => {
        const row = await conversations.mustFind(typing.conversationId);
        if (row.counsellorId === me().id && canSeeProgramme(me(), row.programmeId))
          relayTyping(namespaces, row, 'counsellor', typing);
      },
      { needsAck: false },
    );
    handle('note:add', async ({ conversationId, body }) => conversations.addNote(me(), conversationId, body));
    handle('conversation:end', async ({ conversationId }) => {
      await conversations.end(await conversations.mustHold(me(), conversationId), 'counsellor');
    });
    handle('conversation:transfer', async (input) => {
      await conversations.transfer(me(), input);
    });
    handle('conversation:resume', async ({ conversationId, afterSeq }) => {
      const { row, messages } = await transcripts.messages(me(), conversationId, 'conversation:resume', afterSeq);
      return toResumeAnswer(row, messages);
    });
    handle('conversation:urgency', async (input) => ({ conversation: await urgency.correct(me(), input) }));
    handle('help:request', async ({ conversationId }) => {
      const requested = await supervision.requestHelp(me(), conversationId);
      namespaces.staff.to(rooms.supervisors).emit('help:requested', requested);
      return { supervisors: await supervisorsOnShift(namespaces.staff), at: requested.at };
    });
    handle('debrief:request', async ({ conversationId }) => {
      const requested = await supervision.requestDebrief(me(), conversationId);
      namespaces.staff.to(rooms.supervisors).emit('debrief:requested', requested);
      return { supervisors: await supervisorsOnShift(namespaces.staff), at: requested.at };
    });
    handle('whisper:send', async (input) => ({ whisper: await supervision.whisper(me(), input) }));
    handle('break:snooze', () => breaks.snooze(me().id));
    handle('break:dismiss', async () => {
      await breaks.dismiss(me().id);
    });
    handle('monitor:join', async ({ conversationId }) => {
      const { row, messages } = await transcripts.messages(me(), conversationId, 'monitor:join');
      socket.join(rooms.monitor(row.id));
      return { conversation: toConversation(row), messages };
    });

    Promise.all([
      presence.seen([me().id]),
      queue.snapshot(me().role === 'supervisor' ? ['helpwanted', 'stopitnow'] : me().programmes),
      breaks.current(me().id),
    ])
      .then(([, snapshot, suggestion]) => {
        socket.emit('queue:snapshot', snapshot);
        // A suggestion still open shows in a tab opened later too (or on another process).
        if (suggestion) socket.emit('break:suggested', suggestion);
        return pushPresence();
      })
      .catch((error: unknown) => logger.error({ err: error }, 'staff connect failed'));
  });
};

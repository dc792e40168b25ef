import { staffEventSchemas as schemas } from '@helpline/shared';
import type { Logger } from '../logger';
import { toConversation } from '../modules/conversations/conversation.repo';
import type { Services } from '../services';
import { rooms, type StaffNamespace, type StaffSocket } from './socket-types';
import { createHandlerFactory, createSocketLimiter } from './with-schema';

/** The counsellor's and supervisor's events; every one authorized through the one helper. */
export const registerStaffHandlers = (nsp: StaffNamespace, services: Services, logger: Logger) => {
  const limiter = createSocketLimiter();
  const { routing, conversations, queue, presence, transcripts } = services;

  nsp.on('connection', (socket: StaffSocket) => {
    // Authority as of this event: staff-sessions re-reads it from the database before every event.
    const me = () => socket.data.staff;
    const on = createHandlerFactory({ socketId: socket.id, limiter, logger });
    const pushPresence = async () => {
      const state = await presence.stateOf(me().id);
      if (state) nsp.to(rooms.staff(me().id)).emit('presence:state', state);
    };

    socket.on(
      'presence:set',
      on('presence:set', schemas['presence:set'], async ({ status }) => {
        await presence.set(me().id, status);
        await pushPresence();
        if (status === 'available') await routing.assignAll(me().programmes);
        return undefined;
      }),
    );
    socket.on(
      'conversation:accept',
      on('conversation:accept', schemas['conversation:accept'], async ({ conversationId }) => ({
        conversation: toConversation(await routing.accept(me(), conversationId)),
      })),
    );
    socket.on(
      'message:send',
      on('message:send', schemas['message:send'], async (input) => ({
        message: await conversations.sendAsStaff(me(), input),
      })),
    );
    socket.on(
      'typing',
      on(
        'typing',
        schemas.typing,
        async ({ conversationId, typing }) => {
          const row = await conversations.mustFind(conversationId);
          if (row.counsellorId === me().id && row.visitorId)
            nsp.server.of('/visitor').to(rooms.visitor(row.visitorId)).emit('typing', { conversationId, typing });
          return undefined;
        },
        { needsAck: false },
      ),
    );
    socket.on(
      'note:add',
      on('note:add', schemas['note:add'], async ({ conversationId, body }) =>
        conversations.addNote(me(), conversationId, body),
      ),
    );
    socket.on(
      'conversation:end',
      on('conversation:end', schemas['conversation:end'], async ({ conversationId }) => {
        await conversations.end(await conversations.mustHold(me(), conversationId), 'counsellor');
        return undefined;
      }),
    );
    socket.on(
      'conversation:transfer',
      on('conversation:transfer', schemas['conversation:transfer'], async (input) => {
        await conversations.transfer(me(), input);
        await routing.assignAll();
        return undefined;
      }),
    );
    socket.on(
      'conversation:resume',
      on('conversation:resume', schemas['conversation:resume'], async ({ conversationId, afterSeq }) => {
        const { row, messages } = await transcripts.messages(me(), conversationId, 'conversation:resume', afterSeq);
        return { conversation: { id: row.id, programme: row.programmeId, status: row.status, messages } };
      }),
    );
    socket.on(
      'monitor:join',
      on('monitor:join', schemas['monitor:join'], async ({ conversationId }) => {
        const { row, messages } = await transcripts.messages(me(), conversationId, 'monitor:join');
        socket.join(rooms.monitor(row.id));
        return { conversation: toConversation(row), messages };
      }),
    );

    Promise.all([
      presence.seen([me().id]),
      queue.snapshot(me().role === 'supervisor' ? ['helpwanted', 'stopitnow'] : me().programmes),
    ])
      .then(([, snapshot]) => {
        socket.emit('queue:snapshot', snapshot);
        return pushPresence();
      })
      .catch((error: unknown) => logger.error({ err: error }, 'staff connect failed'));
  });
};

import {
  visitorEventSchemas as schemas,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@helpline/shared';
import type { Namespace, Server, Socket } from 'socket.io';
import { AppError } from '../http/app-error';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { rooms } from './socket-types';
import { createHandlerFactory, createSocketLimiter } from './with-schema';

type VisitorData = { visitorId: string };
// biome-ignore lint/complexity/noBannedTypes: no server-to-server events
type Nsp = Namespace<VisitorClientToServerEvents, VisitorServerToClientEvents, {}, VisitorData>;
// biome-ignore lint/complexity/noBannedTypes: no server-to-server events
type VisitorSocket = Socket<VisitorClientToServerEvents, VisitorServerToClientEvents, {}, VisitorData>;

/**
 * The anonymous /visitor namespace. The handshake's token (auth.token) identifies the visitor; nothing about the
 * connection itself (address, headers, user agent) is read or kept.
 */
export const registerVisitorNamespace = (io: Server, services: Services, logger: Logger) => {
  const nsp: Nsp = io.of('/visitor');
  const limiter = createSocketLimiter();
  const { visitors, queue, conversations, messages } = services;

  nsp.use(async (socket: VisitorSocket, next) => {
    try {
      const auth = socket.handshake.auth as { token?: unknown };
      const { visitorId, newToken } = await visitors.identify(auth.token);
      socket.data.visitorId = visitorId;
      if (newToken) socket.data = Object.assign(socket.data, { newToken });
      next();
    } catch (error) {
      logger.error({ err: error }, 'visitor handshake failed');
      next(new Error('INTERNAL'));
    }
  });

  nsp.on('connection', (socket) => {
    const { visitorId } = socket.data;
    const newToken = (socket.data as VisitorData & { newToken?: string }).newToken;
    if (newToken) socket.emit('session', { token: newToken });
    socket.join(rooms.visitor(visitorId));
    const on = createHandlerFactory({ socketId: socket.id, limiter, logger });
    const own = async (conversationId: string) => {
      const row = await conversations.mustFind(conversationId);
      if (row.visitorId !== visitorId) throw new AppError('NOT_FOUND', 'No such conversation');
      return row;
    };

    socket.on(
      'queue:join',
      on('queue:join', schemas['queue:join'], async ({ programme, intake }) => {
        const joined = await queue.join(visitorId, programme, intake);
        return {
          conversationId: joined.conversation.id,
          position: joined.position,
          estimatedWaitSeconds: joined.estimatedWaitSeconds,
        };
      }),
    );
    socket.on(
      'message:send',
      on('message:send', schemas['message:send'], async (input) => ({
        message: await conversations.sendAsVisitor(visitorId, input),
      })),
    );
    socket.on(
      'typing',
      on(
        'typing',
        schemas.typing,
        async ({ conversationId, typing }) => {
          const row = await own(conversationId);
          if (row.counsellorId)
            nsp.server.of('/staff').to(rooms.staff(row.counsellorId)).emit('typing', { conversationId, typing });
          return undefined;
        },
        { needsAck: false },
      ),
    );
    socket.on(
      'conversation:leave',
      on('conversation:leave', schemas['conversation:leave'], async ({ conversationId }) => {
        const row = await own(conversationId);
        if (row.status === 'queued') await queue.abandon(row);
        else if (row.status === 'active') await conversations.end(row, 'visitor');
        return undefined;
      }),
    );
    socket.on(
      'conversation:resume',
      on('conversation:resume', schemas['conversation:resume'], async ({ conversationId, afterSeq }) => {
        const row = await own(conversationId);
        const position = row.status === 'queued' ? await queue.positionOf(row) : null;
        return {
          conversation: {
            id: row.id,
            programme: row.programmeId,
            status: row.status,
            ...(position ? { position } : {}),
            messages: await messages.after(row.id, afterSeq ?? 0),
          },
        };
      }),
    );
    socket.on(
      'survey:submit',
      on('survey:submit', schemas['survey:submit'], async (survey) => {
        await conversations.submitSurvey(visitorId, survey);
        return undefined;
      }),
    );
    socket.on(
      'returnCode:create',
      on('returnCode:create', schemas['returnCode:create'], async () => ({
        returnCode: await visitors.createReturnCode(visitorId),
      })),
    );
  });
  return nsp;
};

import {
  visitorEventSchemas as schemas,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@helpline/shared';
import type { Namespace, Server, Socket } from 'socket.io';
import { AppError } from '../http/app-error';
import { createClientKeys } from '../limits/client-key';
import type { Logger } from '../logger';
import type { ConversationRow } from '../modules/conversations/conversation.repo';
import type { Services } from '../services';
import { rooms } from './socket-types';
import { createVisitorLimits, VISITOR_LIMITS } from './visitor-limits';
import { createHandlerFactory, createSocketLimiter } from './with-schema';

/** `visitorId` stays null until the visitor first changes something; `newToken` is the token sent at connect. */
type VisitorData = { visitorId: string | null; newToken?: string };
// biome-ignore lint/complexity/noBannedTypes: no server-to-server events
type Nsp = Namespace<VisitorClientToServerEvents, VisitorServerToClientEvents, {}, VisitorData>;
// biome-ignore lint/complexity/noBannedTypes: no server-to-server events
type VisitorSocket = Socket<VisitorClientToServerEvents, VisitorServerToClientEvents, {}, VisitorData>;

/**
 * The anonymous /visitor namespace. The handshake's token (auth.token) identifies the visitor; of the connection
 * itself only a salted in-memory key of the address is used, for flood limits, and never kept or logged.
 */
export type VisitorNamespaceOptions = { trustProxy: number; visitorsPerClient: number };

export const registerVisitorNamespace = (
  io: Server,
  services: Services,
  logger: Logger,
  { trustProxy, visitorsPerClient }: VisitorNamespaceOptions,
) => {
  const nsp: Nsp = io.of('/visitor');
  const limiter = createSocketLimiter();
  const limits = createVisitorLimits({
    ...VISITOR_LIMITS,
    newVisitorsPerClient: visitorsPerClient,
    joinsPerClient: visitorsPerClient * 2,
  });
  const clientKeyOf = createClientKeys(trustProxy);
  const { visitors, queue, conversations, messages } = services;

  nsp.use(async (socket: VisitorSocket, next) => {
    try {
      const auth = socket.handshake.auth as { token?: unknown };
      const identified = await visitors.identify(auth.token);
      socket.data = 'visitorId' in identified ? identified : { visitorId: null, newToken: identified.newToken };
      next();
    } catch (error) {
      logger.error({ err: error }, 'visitor handshake failed');
      next(new Error('INTERNAL'));
    }
  });

  nsp.on('connection', (socket) => {
    const clientKey = clientKeyOf(socket.request);
    const { newToken } = socket.data;
    if (newToken) socket.emit('session', { token: newToken });
    else if (socket.data.visitorId) socket.join(rooms.visitor(socket.data.visitorId));
    const on = createHandlerFactory({ socketId: socket.id, limiter, logger });

    // The visitor row is made at the first state-changing event, once even when events race.
    let creating: Promise<string> | null = null;
    const visitorOf = async () => {
      if (socket.data.visitorId) return socket.data.visitorId;
      if (!newToken) throw new AppError('NOT_FOUND', 'No such visitor');
      creating ??= limits
        .newVisitor(clientKey)
        .then(() => visitors.create(newToken))
        .then((id) => {
          socket.data.visitorId = id;
          socket.join(rooms.visitor(id));
          return id;
        })
        .finally(() => {
          creating = null;
        });
      return creating;
    };
    /** A visitor without a row has no conversations to act on. */
    const known = () => {
      if (!socket.data.visitorId) throw new AppError('NOT_FOUND', 'No such conversation');
      return socket.data.visitorId;
    };
    const own = async (conversationId: string) => {
      const row = await conversations.mustFind(conversationId);
      if (row.visitorId !== known()) throw new AppError('NOT_FOUND', 'No such conversation');
      return row;
    };
    const leave = async (row: ConversationRow) => {
      if (row.status === 'queued') await queue.abandon(row);
      else if (row.status === 'active') await conversations.end(row, 'visitor');
    };

    socket.on(
      'queue:join',
      on('queue:join', schemas['queue:join'], async ({ programme, intake }) => {
        await limits.join(clientKey);
        const joined = await queue.join(await visitorOf(), programme, intake);
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
        message: await conversations.sendAsVisitor(known(), input),
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
        await leave(await own(conversationId));
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
        await conversations.submitSurvey(known(), survey);
        return undefined;
      }),
    );
    socket.on(
      'returnCode:create',
      on('returnCode:create', schemas['returnCode:create'], async () => ({
        returnCode: await visitors.createReturnCode(await visitorOf()),
      })),
    );
    socket.on(
      'session:end',
      on('session:end', schemas['session:end'], async () => {
        const { visitorId } = socket.data;
        if (visitorId) {
          const open = await queue.openOf(visitorId);
          if (open) await leave(open);
          // Closes this visitor's sockets in every process, after this ack has gone out.
          await visitors.forget(visitorId);
        } else setImmediate(() => socket.disconnect(true));
        return undefined;
      }),
    );
  });
  return nsp;
};

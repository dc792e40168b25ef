import { QUICK_EXIT, visitorEventSchemas } from '@helpline/shared';
import { AppError, handshakeFailure } from '../errors';
import { createClientKeys } from '../limits/client-key';
import type { Logger } from '../logger';
import type { ConversationRow } from '../modules/conversations/conversation.repo';
import type { ConversationService } from '../modules/conversations/conversation.service';
import type { MessageService } from '../modules/conversations/message.service';
import type { QueueService } from '../modules/queue/queue.service';
import type { VisitorService } from '../modules/visitors/visitor.service';
import { toResumeAnswer } from './resume-answer';
import { type Namespaces, rooms } from './socket-types';
import { relayTyping } from './typing-relay';
import { createVisitorLimits } from './visitor-limits';
import type { VisitorPresenceBinding } from './visitor-presence';
import { createVisitorSockets, PER_VISITOR } from './visitor-sockets';
import { bindHandlers, createSocketLimiter } from './with-schema';

type Deps = {
  visitors: VisitorService;
  queue: QueueService;
  conversations: ConversationService;
  messages: Pick<MessageService, 'after'>;
};

export type VisitorNamespaceOptions = { trustProxy: number; visitorsPerClient: number; visitorsPerProcess: number };

/**
 * The anonymous /visitor namespace. The handshake's token (auth.token) identifies the visitor; of the connection
 * itself only a salted in-memory key of the address is used, for flood limits, and never kept or logged.
 */
export const registerVisitorNamespace = (
  namespaces: Namespaces,
  services: Deps,
  logger: Logger,
  { trustProxy, visitorsPerClient, visitorsPerProcess }: VisitorNamespaceOptions,
  presence: Pick<VisitorPresenceBinding, 'connected' | 'disconnected'>,
) => {
  const nsp = namespaces.visitor;
  const limiter = createSocketLimiter();
  const limits = createVisitorLimits({
    newVisitorsPerClient: visitorsPerClient,
    joinsPerClient: visitorsPerClient * 2,
    newVisitorsPerProcess: visitorsPerProcess,
    joinsPerProcess: visitorsPerProcess * 2,
  });
  const clientKeyOf = createClientKeys(trustProxy);
  const perVisitor = createVisitorSockets();
  const tooManySockets = () =>
    Object.assign(new Error('RATE_LIMITED'), {
      data: {
        code: 'RATE_LIMITED',
        message: `At most ${PER_VISITOR.sockets} connections per visitor: close one first`,
      },
    });
  const { visitors, queue, conversations, messages } = services;

  nsp.use(async (socket, next) => {
    try {
      const auth = socket.handshake.auth as { token?: unknown };
      const identified = await visitors.identify(auth.token);
      if ('visitorId' in identified && !perVisitor.admit(identified.visitorId, socket)) return next(tooManySockets());
      socket.data =
        'visitorId' in identified
          ? { visitorId: identified.visitorId, newToken: null }
          : { visitorId: null, newToken: identified.newToken };
      next();
    } catch (error) {
      logger.error({ err: error }, 'visitor handshake failed');
      next(handshakeFailure(error));
    }
  });

  nsp.on('connection', (socket) => {
    const clientKey = clientKeyOf(socket.request);
    const { newToken } = socket.data;
    if (newToken) socket.emit('session', { token: newToken });
    else if (socket.data.visitorId) {
      socket.join(rooms.visitor(socket.data.visitorId));
      presence.connected(socket.data.visitorId);
    }
    socket.on('disconnect', () => {
      if (socket.data.visitorId) presence.disconnected(socket.data.visitorId);
    });
    // Until the visitor's row exists, this socket is all there is of them.
    const handle = bindHandlers(socket, visitorEventSchemas, {
      limiter,
      logger,
      shared: { limiter: perVisitor.events, keyOf: () => socket.data.visitorId ?? socket.id },
    });

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
          perVisitor.admit(id, socket);
          socket.join(rooms.visitor(id));
          return id;
        })
        .finally(() => {
          creating = null;
        });
      return creating;
    };
    const own = (conversationId: string) => conversations.mustBelongTo(socket.data.visitorId, conversationId);
    const leave = async (row: ConversationRow, reason?: typeof QUICK_EXIT) => {
      if (row.status === 'queued') await queue.abandon(row, reason);
      else if (row.status === 'active') await conversations.end(row, 'visitor', reason);
    };

    handle('queue:join', async ({ programme, intake }) => {
      await limits.join(clientKey);
      const joined = await queue.join(await visitorOf(), programme, intake);
      return {
        conversationId: joined.conversation.id,
        position: joined.position,
        estimatedWaitSeconds: joined.estimatedWaitSeconds,
      };
    });
    handle('message:send', async (input) => ({
      message: await conversations.sendAsVisitor(socket.data.visitorId, input),
    }));
    handle('typing', async (typing) => relayTyping(namespaces, await own(typing.conversationId), 'visitor', typing), {
      needsAck: false,
    });
    handle('conversation:leave', async ({ conversationId }) => {
      await leave(await own(conversationId));
    });
    handle('conversation:resume', async ({ conversationId, afterSeq }) => {
      const row = await own(conversationId);
      const position = row.status === 'queued' ? await queue.positionOf(row) : null;
      return toResumeAnswer(row, await messages.after(row.id, afterSeq ?? 0), position);
    });
    handle('survey:submit', async (survey) => {
      await conversations.submitSurvey(socket.data.visitorId, survey);
    });
    handle('returnCode:create', async () => ({ returnCode: await visitors.createReturnCode(await visitorOf()) }));
    handle('session:end', async () => {
      const { visitorId } = socket.data;
      if (visitorId) {
        const open = await queue.openOf(visitorId);
        if (open) await leave(open, QUICK_EXIT);
        // Closes this visitor's sockets in every process, after this ack has gone out.
        await visitors.forget(visitorId);
      } else setImmediate(() => socket.disconnect(true));
    });
  });
};

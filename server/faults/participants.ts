import { createStaffSocket, createVisitorSocket } from '@helpline/shared/client';
import { type ChatSide, createChatSide } from './chat-side';
import { createLink } from './link';

/** A visitor in the widget: one socket (token from the `session` event), one chat. */
export const createVisitor = (urls: string[], label: string) => {
  let token: string | undefined;
  let side: ChatSide | null = null;
  const events = { started: false, ended: [] as string[] };
  const link = createLink({
    urls,
    open: (url) => {
      const socket = createVisitorSocket(url, () => token, { reconnection: false, forceNew: true });
      socket.on('session', (session) => {
        token = session.token;
      });
      socket.on('conversation:started', () => {
        events.started = true;
      });
      socket.on('message', (m) => side?.receive(m, link.ask));
      socket.on('conversation:ended', (p) => events.ended.push(p.reason ?? p.endedBy));
      return socket;
    },
    onConnect: async (ask) => {
      if (side) await side.resume(ask);
    },
  });
  return {
    link,
    events,
    side: () => side,
    join: async () => {
      const answer = await link.ask('queue:join', { programme: 'helpwanted' });
      if (!answer?.ok) throw new Error(`join failed: ${JSON.stringify(answer)}`);
      side = createChatSide(String(answer.conversationId), `${label} (bezoeker)`);
      return side.conversationId;
    },
  };
};
export type Visitor = ReturnType<typeof createVisitor>;

/** A counsellor in the workspace: one staff socket, the chats routing gives them. */
export const createCounsellor = (urls: string[], cookie: string, label: string) => {
  const sides = new Map<string, ChatSide>();
  const ended: string[] = [];
  const link = createLink({
    urls,
    open: (url) => {
      const socket = createStaffSocket(url, { reconnection: false, forceNew: true, extraHeaders: { cookie } });
      socket.on('conversation:assigned', ({ conversation }) => {
        if (!sides.has(conversation.id))
          sides.set(conversation.id, createChatSide(conversation.id, `${label} (hulpverlener)`));
      });
      socket.on('message', (m) => sides.get(m.conversationId)?.receive(m, link.ask));
      socket.on('conversation:ended', (p) => ended.push(`${p.conversationId} ${p.reason ?? p.endedBy}`));
      return socket;
    },
    onConnect: async (ask) => {
      for (const side of sides.values()) await side.resume(ask);
    },
  });
  return { link, sides, ended };
};
export type Counsellor = ReturnType<typeof createCounsellor>;

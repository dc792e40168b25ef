import { createStaffSocket, createVisitorSocket, type StaffSocket, type VisitorSocket } from '@helpline/shared/client';
import { type ChatAsk, type ChatSide, createChatSide } from './chat-side';
import { type Ask, createLink } from './link';

const visitorAsk = (ask: Ask<VisitorSocket>): ChatAsk => ({
  send: (payload) => ask('message:send', payload),
  resume: (payload) => ask('conversation:resume', payload),
});
const counsellorAsk = (ask: Ask<StaffSocket>): ChatAsk => ({
  send: (payload) => ask('message:send', payload),
  resume: (payload) => ask('conversation:resume', payload),
});

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
      socket.on('message', (m) => side?.receive(m));
      socket.on('conversation:ended', (p) => events.ended.push(p.reason ?? p.endedBy));
      return socket;
    },
    onConnect: async (ask) => {
      if (!side) return;
      await side.resume(visitorAsk(ask));
      side.flush();
    },
  });
  return {
    link,
    events,
    side: () => side,
    join: async () => {
      const answer = await link.ask('queue:join', { programme: 'helpwanted' });
      if (!answer?.ok) throw new Error(`join failed: ${JSON.stringify(answer)}`);
      side = createChatSide(answer.conversationId, `${label} (bezoeker)`, 'visitor', {
        ask: visitorAsk(link.ask),
        isReady: link.isReady,
      });
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
          sides.set(
            conversation.id,
            createChatSide(conversation.id, `${label} (hulpverlener)`, 'counsellor', {
              ask: counsellorAsk(link.ask),
              isReady: link.isReady,
            }),
          );
      });
      socket.on('message', (m) => sides.get(m.conversationId)?.receive(m));
      socket.on('conversation:ended', (p) => ended.push(`${p.conversationId} ${p.reason ?? p.endedBy}`));
      return socket;
    },
    onConnect: async (ask) => {
      for (const side of sides.values()) await side.resume(counsellorAsk(ask));
      for (const side of sides.values()) side.flush();
    },
  });
  return { link, sides, ended };
};
export type Counsellor = ReturnType<typeof createCounsellor>;

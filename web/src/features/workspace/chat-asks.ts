import { type AskError, type Asked, ask, noAnswer, type Refused, type StaffSocket } from '@helpline/shared/client';
import type { Dispatch } from 'react';
import type { DeskAction } from './chat-state';

/**
 * What a counsellor asks about one chat besides writing in it: correct its urgency, call a supervisor, ask for a
 * debrief. Each resolves with the server's refusal (said in the page's language by the caller), or null when done.
 */
export const createChatAsks = (socketOf: () => StaffSocket | null, dispatch: Dispatch<DeskAction>) => {
  const on = <R>(run: (socket: StaffSocket) => Promise<R>): Promise<R | Refused> => {
    const socket = socketOf();
    return socket ? run(socket) : Promise.resolve(noAnswer);
  };
  const answered = (about: 'help' | 'debrief', id: string, answer: Asked<StaffSocket, 'help:request'>) => {
    if (!answer.ok) return answer.error;
    dispatch({ type: 'asked', id, about, asked: { supervisors: answer.supervisors, at: answer.at } });
    return null;
  };
  return {
    /** The server re-orders the queue and audits the change; the chat shows the urgency it now has. */
    correctUrgency: async (conversationId: string, urgency: string): Promise<AskError | null> => {
      const answer = await on((socket) => ask(socket, 'conversation:urgency', { conversationId, urgency }));
      if (!answer.ok) return answer.error;
      dispatch({ type: 'chat', conversation: answer.conversation, origin: 'accepted' });
      return null;
    },
    /** Every supervisor on shift is called to this chat; the answer says how many that is (none: nobody on shift). */
    askHelp: async (conversationId: string) =>
      answered('help', conversationId, await on((socket) => ask(socket, 'help:request', { conversationId }))),
    /** A quiet request to the supervisors on shift: who asks and when, nothing of the chat. */
    askDebrief: async (conversationId: string) =>
      answered('debrief', conversationId, await on((socket) => ask(socket, 'debrief:request', { conversationId }))),
  };
};

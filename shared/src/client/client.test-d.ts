/**
 * Type-level test of the typed client, checked by `npm run typecheck` (tsc), never run. Each `@ts-expect-error`
 * line is a mistake that must not compile: if it compiles again, tsc reports the unused directive.
 */
import { expectTypeOf } from 'vitest';
import type { AckResult } from '../events/ack';
import type { Message } from '../events/shapes';
import { ask, createStaffSocket, createVisitorSocket } from './index';

const visitor = createVisitorSocket('', () => null);
const staff = createStaffSocket('');
const conversationId = '00000000-0000-4000-8000-000000000000';
const send = { conversationId, clientId: conversationId, body: 'Hoi' };

visitor.emit('queue:join', { programme: 'helpwanted' }, (answer) => {
  if (answer.ok) expectTypeOf(answer.position).toEqualTypeOf<number>();
});
// @ts-expect-error misspelled event
visitor.emit('queue:joinz', { programme: 'helpwanted' }, () => {});
// @ts-expect-error wrong payload: no such programme
visitor.emit('queue:join', { programme: 'elsewhere' }, () => {});
// @ts-expect-error a staff event on the visitor socket
visitor.emit('note:add', { conversationId, body: 'x' }, () => {});
// @ts-expect-error an ack is required
visitor.emit('message:send', send);
// @ts-expect-error wrong ack shape: the answer carries `message`, not `mesage`
visitor.emit('message:send', send, (answer: AckResult<{ mesage: number }>) => answer);
staff.emit('message:send', send, (answer: AckResult<{ message: Message }>) => answer);

const answer = await staff.emitWithAck('conversation:accept', { conversationId });
if (answer.ok) expectTypeOf(answer.conversation.id).toEqualTypeOf<string>();
// @ts-expect-error the answer has no such field
if (answer.ok) expectTypeOf(answer.conversations).toBeAny();

visitor.on('conversation:started', (started) => expectTypeOf(started.counsellor.alias).toEqualTypeOf<string>());
// @ts-expect-error misspelled server event
visitor.on('conversation:startd', () => {});
// @ts-expect-error wrong payload type in a listener
staff.on('queue:snapshot', (snapshot: { waiting: number }) => snapshot);

// The one typed ask: the answer as the contract types it, or NO_ANSWER; the payload checked per socket and event.
const asked = await ask(visitor, 'conversation:resume', { conversationId });
if (asked.ok) expectTypeOf(asked.conversation.messages).toEqualTypeOf<Message[]>();
else expectTypeOf(asked.error.code).toExtend<string>();
if (!asked.ok && asked.error.code === 'NO_ANSWER') expectTypeOf(asked.error.message).toEqualTypeOf<string>();
// @ts-expect-error typing takes no ack, so it is not asked
void ask(visitor, 'typing', { conversationId, typing: true });
// @ts-expect-error a staff event on the visitor socket
void ask(visitor, 'note:add', { conversationId, body: 'x' });
// @ts-expect-error wrong payload
void ask(staff, 'conversation:accept', { conversation: conversationId });

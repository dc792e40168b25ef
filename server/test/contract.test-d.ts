/**
 * Type-level test of the socket contract on the server, checked by `npm run typecheck` (tsc), never run. Each
 * `@ts-expect-error` line is a mistake that must not compile: if it compiles again, tsc reports the unused directive.
 */
import { type Message, staffEventSchemas, visitorEventSchemas } from '@helpline/shared';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import { expectTypeOf } from 'vitest';
import type { Logger } from '../src/logger';
import type { Namespaces, StaffSocket, VisitorSocket } from '../src/realtime/socket-types';
import { bindHandlers } from '../src/realtime/with-schema';

declare const namespaces: Namespaces;
declare const visitorSocket: VisitorSocket;
declare const staffSocket: StaffSocket;
declare const deps: { limiter: RateLimiterMemory; logger: Logger };
declare const message: Message;
const conversationId = '00000000-0000-4000-8000-000000000000';

// Emits and broadcasts: the event must exist on that namespace and carry its payload.
namespaces.staff.emit('queue:snapshot', { programmes: [] });
// @ts-expect-error misspelled event
namespaces.staff.emit('queue:snapshotz', { programmes: [] });
// @ts-expect-error wrong payload
namespaces.staff.to('room').emit('queue:snapshot', { bogus: 1 });
namespaces.visitor.to('room').emit('conversation:started', { conversationId, counsellor: { alias: 'Anna' } });
// @ts-expect-error wrong payload in a broadcast
namespaces.visitor.to('room').emit('conversation:started', { id: 5 });
// @ts-expect-error a staff event on the visitor namespace
namespaces.visitor.emit('note:added', { conversationId, note: { id: '', body: '', author: '', at: '' } });
// @ts-expect-error a whisper is for staff only: the visitor namespace has no such event
namespaces.visitor.to('room').emit('whisper', { conversationId, body: '', from: { alias: '' }, at: '' });
// @ts-expect-error a help request names the counsellor by id and alias
namespaces.staff.to('supervisors').emit('help:requested', { conversationId, counsellor: { alias: 'Anna' }, at: '' });
namespaces.staff.to('staff:x').emit('break:suggested', { reason: 'heavy', at: '' });
// @ts-expect-error a break is suggested for a stretch or a heavy chat, nothing else
namespaces.staff.to('staff:x').emit('break:suggested', { reason: 'tired', at: '' });
// @ts-expect-error break suggestions are for staff only
namespaces.visitor.to('room').emit('break:suggested', { reason: 'heavy', at: '' });
visitorSocket.emit('session', { token: 'x' });
// @ts-expect-error wrong payload on one socket
visitorSocket.emit('session', { token: 42 });
// @ts-expect-error socket data is typed: a visitor socket has no staff
expectTypeOf(visitorSocket.data.staff).toBeAny();
expectTypeOf(staffSocket.data.staff.role).toEqualTypeOf<'counsellor' | 'supervisor'>();

// Handlers: registered by event name, payload from the contract, answer in the contract's ack shape.
const onVisitor = bindHandlers(visitorSocket, visitorEventSchemas, deps);
const onStaff = bindHandlers(staffSocket, staffEventSchemas, deps);
onVisitor('message:send', async (input) => {
  expectTypeOf(input.body).toEqualTypeOf<string>();
  return { message };
});
// @ts-expect-error misspelled event name
onVisitor('message:sned', async () => ({ message }));
// @ts-expect-error a staff event on a visitor socket
onVisitor('note:add', async () => undefined);
// @ts-expect-error wrong ack shape: a misspelled field
onVisitor('message:send', async () => ({ mesage: 42 }));
// @ts-expect-error wrong ack shape: a number for an id
onVisitor('queue:join', async () => ({ conversationId: 12, position: 1, estimatedWaitSeconds: 0 }));
// @ts-expect-error the payload has no such field
onVisitor('queue:join', async ({ programmez }) => ({
  conversationId: programmez,
  position: 1,
  estimatedWaitSeconds: 0,
}));
onStaff('conversation:end', async () => {});
// @ts-expect-error an event without an ack must say so
onStaff('typing', async () => {});
// @ts-expect-error an event with an ack cannot be registered as one without
onStaff('conversation:end', async () => {}, { needsAck: false });
onStaff('typing', async () => {}, { needsAck: false });

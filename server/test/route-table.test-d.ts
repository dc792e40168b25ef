/**
 * Type-level test of the REST route table on the server, checked by `npm run typecheck` (tsc), never run: a handler
 * registered for an entry gets that entry's parsed input. Each `@ts-expect-error` line must not compile.
 */
import { type MailboxStaffMessage, type ReferralListQuery, restRoutes } from '@helpline/shared';
import { expectTypeOf } from 'vitest';
import { typedRouter } from '../src/http/typed-router';

const { route } = typedRouter();

route(restRoutes.mailboxAnswer, ({ params, body, query }) => {
  expectTypeOf(params).toEqualTypeOf<{ conversationId: string }>();
  expectTypeOf(body).toEqualTypeOf<MailboxStaffMessage>();
  expectTypeOf(query).toEqualTypeOf<undefined>();
  // @ts-expect-error the mailbox's parameter is conversationId, not id
  params.id;
});

route(restRoutes.referrals, ({ query, body }) => {
  expectTypeOf(query).toEqualTypeOf<ReferralListQuery>();
  expectTypeOf(body).toEqualTypeOf<undefined>();
});

route(restRoutes.totpEnrol, ({ body }) => {
  // @ts-expect-error a proof may be left out: the handler must say what none means
  body.password;
});

import type { ErrorCode } from '@helpline/shared';
import type { z } from 'zod';

/** Who calls a route in the fuzz: the role it is meant for. */
export type Caller = 'anonymous' | 'counsellor' | 'enroller' | 'supervisor';

/** Ids of real records, so valid payloads reach the handlers (made once per test file). */
export type RestIds = {
  conversation: string;
  stopitnowConversation: string;
  contact: string;
  referral: string;
  clinic: string;
  /** Renamed and switched off by the clinic route's fuzz: never the clinic the referral routes use. */
  renamedClinic: string;
  canned: string;
  doomedCanned: string;
  victim: string;
  /** A helpwanted mailbox thread the counsellor has claimed, its code, and the code of one the fuzz may forget. */
  mailboxThread: string;
  mailboxCode: string;
  doomedMailboxCode: string;
  login: { username: string; password: string };
};

type Json = Record<string, unknown>;
export type Route = {
  method: string;
  path: string;
  as: Caller;
  /** Valid path parameters; the fuzz replaces them with hostile ones. */
  params?: (ids: RestIds) => Record<string, string>;
  /**
   * The JSON body the route reads, valid, and its schema: the fuzz sends one-field mutations of it. Every route but
   * GET gets hostile bodies, whether it reads one or not.
   */
  body?: { schema: z.ZodType; valid: (ids: RestIds) => Json; linked?: (field: string) => string[] };
  /** The refusal of the valid body when no valid body can be known ahead (a second-factor code). */
  refusesValid?: { code: ErrorCode; field: string };
  /** The query a GET route reads, valid, and its schema: the fuzz sends one-field mutations of it (and every GET route
   * gets hostile queries). */
  query?: { schema: z.ZodType; valid: Record<string, string> };
};

/** A route's path with its parameters filled in (already encoded as they go on the wire). */
export const pathOf = (route: Route, params: Record<string, string>) =>
  route.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');

export const labelOf = (route: Route) => `${route.method} ${route.path}`;

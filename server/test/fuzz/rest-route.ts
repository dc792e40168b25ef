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

/** What the fuzz adds to a table entry: who calls it, and valid input to mutate (method, path and schemas come from
 * the table). */
export type Fixture = {
  as: Caller;
  /** Valid path parameters (every parameter the entry has); the fuzz replaces them with hostile ones. */
  params?: (ids: RestIds) => Record<string, string>;
  /**
   * The valid JSON body (every entry with a body schema has one), the fields checked together with another, and the
   * schema where the table has none (tags, checked against the record's programme).
   */
  body?: { valid: (ids: RestIds) => Json; linked?: (field: string) => string[]; schema?: z.ZodType };
  /** The refusal of the valid body when no valid body can be known ahead (a second-factor code). */
  refusesValid?: { code: ErrorCode; field: string };
  /** The valid query (every entry with a query schema has one). */
  query?: Record<string, string>;
};

export type Route = {
  /** The entry's name in the route table. */
  name: string;
  method: string;
  path: string;
  as: Caller;
  /** The entry's path parameters. */
  paramNames: string[];
  params?: (ids: RestIds) => Record<string, string>;
  /** Every route but GET gets hostile bodies, whether it reads one or not; these get one-field mutations of `valid`. */
  body?: { schema: z.ZodType; valid: (ids: RestIds) => Json; linked?: (field: string) => string[] };
  refusesValid?: { code: ErrorCode; field: string };
  /** Every GET route gets hostile queries; these get one-field mutations of `valid`. */
  query?: { schema: z.ZodType; valid: Record<string, string> };
};

/** A route's path with its parameters filled in (already encoded as they go on the wire). */
export const pathOf = (route: Route, params: Record<string, string>) =>
  route.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');

/** `GET /api/conversations (mailboxList)`: the table's name tells apart two routes on one method and path. */
export const labelOf = (route: Route) => `${route.method} ${route.path} (${route.name})`;

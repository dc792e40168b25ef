import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: anyone, any logged-in staff member, or supervisors only. */
export type Access = 'anyone' | 'staff' | 'supervisor';

/** One REST endpoint: where it is, who may call it, and the schemas of what the server reads and answers. */
export type RestRoute = {
  method: HttpMethod;
  /** Express syntax: `/api/staff/:id`. */
  path: string;
  access: Access;
  /**
   * A session in the middle of logging in may still call it: before its second factor is set up
   * (`allowIncomplete`), or before its owner chose their own password (`allowPasswordChange`).
   */
  session?: { allowIncomplete?: boolean; allowPasswordChange?: boolean };
  /** The handler reads the session itself and answers 401 without one (it reports a half-finished login). */
  checksSessionItself?: boolean;
  /** Each path parameter's schema; a refusal names the parameter. */
  params?: Record<string, z.ZodType>;
  query?: z.ZodType;
  /** The body's schema, where the server parses it as it arrives (tags are checked against the record's programme). */
  body?: z.ZodType;
  answer?: z.ZodType;
  /** Query values that pick this route among routes of the same method and path (the others serve the rest). */
  servedWhen?: Record<string, string>;
};

/** A table entry, its schemas' types kept. */
export const restRoute = <const R extends RestRoute>(route: R): R => route;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler of the route gets, parsed: each parameter, the query and the body (undefined where none is read). */
export type InputOf<R extends RestRoute> = {
  params: R['params'] extends Record<string, z.ZodType>
    ? { [K in keyof R['params']]: z.output<R['params'][K]> }
    : Record<never, never>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
};

/** `GET /api/staff/:id`: how a route is named in listings and test titles. */
export const routeLabel = (route: Pick<RestRoute, 'method' | 'path'>) => `${route.method} ${route.path}`;

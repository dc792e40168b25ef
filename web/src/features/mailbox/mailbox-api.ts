import { CLIENT_KEY_HEADER, ErrorEnvelope, WEB_TOKEN_HEADER } from '@helpline/shared/http';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { apiOrigin, webToken } from '~/lib/server-env';

/** What the API answered a mailbox call: the checked answer, or the refusal's code and field. */
export type MailboxAnswer<T> = { ok: true; value: T } | { ok: false; code: string; field?: string };

/**
 * A mailbox call the page's server code makes for the visitor (their form came without JavaScript, or through a
 * server action): it carries the visitor's client key the API handed this request, and the token that lets the API
 * take it, so the API's limits count this visitor, not the web app. The code travels only in the JSON body.
 */
export const callMailbox = async <S extends z.ZodType>(
  schema: S,
  path: string,
  body: unknown,
): Promise<MailboxAnswer<z.output<S>>> => {
  const client = (await headers()).get(CLIENT_KEY_HEADER);
  const res = await fetch(`${apiOrigin()}${path}`, {
    method: 'POST',
    cache: 'no-store',
    headers: {
      'content-type': 'application/json',
      ...(client ? { [CLIENT_KEY_HEADER]: client } : {}),
      [WEB_TOKEN_HEADER]: webToken(),
    },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (!res) return { ok: false, code: 'UNAVAILABLE' };
  const answer: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = ErrorEnvelope.safeParse(answer);
    return error.success
      ? { ok: false, code: error.data.error.code, ...(error.data.error.field ? { field: error.data.error.field } : {}) }
      : { ok: false, code: 'INTERNAL' };
  }
  const parsed = schema.safeParse(answer);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'INTERNAL' };
};

import type { TestApp } from '../harness';

/** An anonymous JSON post to the mailbox, from the client address `from` (the app trusts one proxy in these tests). */
export const mailboxPost = async (t: TestApp, path: string, body: unknown, from = '198.51.100.7') => {
  const started = Date.now();
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    ms: Date.now() - started,
    headers: res.headers,
    // biome-ignore lint/suspicious/noExplicitAny: test answers are asserted field by field
    body: (text ? JSON.parse(text) : null) as any,
  };
};

/** A new thread: its code and conversation id. */
export const writeThread = async (t: TestApp, programme: string, body: string, from?: string) => {
  const res = await mailboxPost(t, '/api/mailbox', { programme, body }, from);
  if (res.status !== 201) throw new Error(`write failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { code: string; conversationId: string; expectedReplyBy: string };
};

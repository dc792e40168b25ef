import type { Message } from '@helpline/shared';
import type { ChatSide } from './chat-side';
import { type Chat, sidesOf } from './rig';
import { until } from './wait';

export type Tally = {
  chats: number;
  sent: number;
  ackedBeforeFault: number;
  /** Sent before the fault and not acknowledged by then: each was resent with its clientId until acknowledged. */
  inFlightAtFault: number;
  /** Of those, stored before the fault (only the acknowledgement was lost): the resend answered the stored message. */
  storedButUnacked: number;
  /** Sends that got no answer (the connection dropped under them), each sent again with the same clientId. */
  resent: number;
  acked: number;
  lost: number;
  duplicated: number;
  reordered: number;
  transcriptGaps: number;
  /** Messages of the transcript a client never got (live, by ack or by resuming). */
  missingAtClients: number;
  gapResumes: number;
  /** Messages that reached a client (live or as an ack) after one with a higher seq. */
  lateArrivals: number;
  systemMessages: number;
  notActive: number;
  errors: Record<string, number>;
};

/** One side's own messages against the transcript: lost, duplicated, out of order. */
const checkSender = (
  side: ChatSide,
  transcript: Message[],
  sender: Message['sender'],
  { faultAt, faultWallClock }: Fault,
) => {
  const mine = transcript.filter((m) => m.sender === sender);
  const byClientId = new Map<string, Message[]>();
  for (const m of mine) byClientId.set(m.clientId ?? '', [...(byClientId.get(m.clientId ?? '') ?? []), m]);
  let lost = 0;
  let duplicated = mine.filter((m) => !side.sent.some((o) => o.clientId === m.clientId)).length;
  let reordered = 0;
  let previous = 0;
  for (const out of side.sent) {
    const stored = byClientId.get(out.clientId) ?? [];
    duplicated += Math.max(0, stored.length - 1);
    const [first] = stored;
    // Acknowledged means stored: it must be there, as acknowledged (same seq and id), also after the fault.
    if (!first || (out.ack && (out.ack.seq !== first.seq || out.ack.id !== first.id))) lost += 1;
    if (first && first.seq <= previous) reordered += 1;
    if (first) previous = first.seq;
  }
  return {
    lost,
    duplicated,
    reordered,
    ackedBeforeFault: side.sent.filter((o) => o.ack && o.ack.at < faultAt).length,
    inFlightAtFault: side.sent.filter((o) => o.firstSentAt < faultAt && !(o.ack && o.ack.at < faultAt)).length,
    storedButUnacked: side.sent.filter((o) => o.unanswered > 0 && o.ack && o.ack.storedAt < faultWallClock).length,
  };
};

/**
 * After the load stopped: every chat's transcript as the database has it (the counsellor resuming from the start),
 * checked against what each side sent, was acknowledged and saw. Waits (bounded) for the last live messages to land.
 */
/** When the fault happened: `performance.now()` for the client's own times, the wall clock for the server's. */
export type Fault = { faultAt: number; faultWallClock: number };
export const faultNow = (): Fault => ({ faultAt: performance.now(), faultWallClock: Date.now() });

export const tally = async (chats: Chat[], fault: Fault): Promise<Tally> => {
  const t: Tally = {
    chats: chats.length,
    sent: 0,
    ackedBeforeFault: 0,
    inFlightAtFault: 0,
    storedButUnacked: 0,
    resent: 0,
    acked: 0,
    lost: 0,
    duplicated: 0,
    reordered: 0,
    transcriptGaps: 0,
    missingAtClients: 0,
    gapResumes: 0,
    lateArrivals: 0,
    systemMessages: 0,
    notActive: 0,
    errors: {},
  };
  for (const chat of chats) {
    const answer = await chat.counsellor.link.ask('conversation:resume', {
      conversationId: chat.conversationId,
      afterSeq: 0,
    });
    if (!answer?.ok) throw new Error(`transcript of ${chat.conversationId}: ${JSON.stringify(answer)}`);
    const transcript = answer.conversation.messages as Message[];
    if (answer.conversation.status !== 'active') t.notActive += 1;
    t.transcriptGaps += transcript.filter((m, i) => m.seq !== i + 1).length;
    t.systemMessages += transcript.filter((m) => m.sender === 'system').length;
    const last = transcript.at(-1)?.seq ?? 0;
    const pair = sidesOf(chat);
    await until(() => pair.every(({ side }) => side.upTo() >= last), 15_000, 'every client caught up').catch(() => {});
    for (const [index, { side }] of pair.entries()) {
      const checked = checkSender(side, transcript, index === 0 ? 'visitor' : 'counsellor', fault);
      t.lost += checked.lost;
      t.duplicated += checked.duplicated;
      t.reordered += checked.reordered;
      t.ackedBeforeFault += checked.ackedBeforeFault;
      t.inFlightAtFault += checked.inFlightAtFault;
      t.storedButUnacked += checked.storedButUnacked;
      t.sent += side.sent.length;
      t.acked += side.sent.filter((o) => o.ack).length;
      t.resent += side.sent.filter((o) => o.unanswered > 0).length;
      t.gapResumes += side.counts.gapResumes;
      t.lateArrivals += side.counts.lateArrivals;
      t.missingAtClients += transcript.filter((m) => side.view.get(m.seq)?.id !== m.id).length;
      for (const [code, n] of side.errors) t.errors[code] = (t.errors[code] ?? 0) + n;
    }
  }
  return t;
};

/** What `broken` must be: every promise kept. */
export const NOTHING_BROKEN = {
  lost: 0,
  duplicated: 0,
  reordered: 0,
  transcriptGaps: 0,
  missingAtClients: 0,
  systemMessages: 0,
  notActive: 0,
  unacknowledged: 0,
};

/** Every promise of the fault tests in one assertion-friendly shape: all of these must be zero. */
export const broken = (t: Tally) => ({
  lost: t.lost,
  duplicated: t.duplicated,
  reordered: t.reordered,
  transcriptGaps: t.transcriptGaps,
  missingAtClients: t.missingAtClients,
  systemMessages: t.systemMessages,
  notActive: t.notActive,
  unacknowledged: t.sent - t.acked,
});

export const report = (title: string, lines: Record<string, unknown>) => {
  const body = Object.entries(lines)
    .map(([k, v]) => `  ${k.padEnd(26)} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('\n');
  console.log(`\n${title}\n${body}\n`);
};

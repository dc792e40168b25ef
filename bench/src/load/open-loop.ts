import type { ChatRig, SideName } from './chat-rig';
import { type Latency, latencyOf } from './latency';

export type LoadResult = {
  conversations: number;
  offeredPerSecond: number;
  sent: number;
  deliveredPerSecond: number;
  /** Send to the other side's socket receiving it. */
  latencyMs: Latency;
  /** Send to the sender's acknowledgement (stored and committed, on the platform). */
  ackMs: Latency;
  /** Acknowledged as failed, by error code. */
  refused: Record<string, number>;
  /** Sent, but neither refused nor received by the other side within the drain time. */
  lost: number;
};

const DRAIN_MS = 5000;

/**
 * Open-loop load at a fixed arrival rate, whatever the latency: each conversation sends one message every
 * `intervalMs`, visitor and counsellor in turn (the counsellor replies), phases spread evenly over the interval.
 */
export const driveOpenLoop = async (rig: ChatRig, { intervalMs, seconds }: { intervalMs: number; seconds: number }) => {
  const { pairs } = rig;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const acks: number[] = [];
  const refused: Record<string, number> = {};
  let unanswered = 0;
  rig.onDelivered((body, to) => {
    if ((body[0] === 'v') !== (to === 'counsellor')) return;
    const at = sentAt.get(body);
    if (at === undefined) return;
    latencies.push(performance.now() - at);
    sentAt.delete(body);
  });
  const turn = new Uint8Array(pairs.length);
  const perMs = pairs.length / intervalMs;
  let sent = 0;
  const started = performance.now();
  const sendNext = () => {
    const index = sent % pairs.length;
    const pair = pairs[index];
    if (!pair) return;
    const from: SideName = turn[index] === 0 ? 'visitor' : 'counsellor';
    turn[index] = 1 - (turn[index] ?? 0);
    const body = `${from[0]}${sent}`;
    const at = performance.now();
    sentAt.set(body, at);
    sent += 1;
    unanswered += 1;
    pair[from].send(body, (errorCode) => {
      unanswered -= 1;
      if (!errorCode) acks.push(performance.now() - at);
      else {
        refused[errorCode] = (refused[errorCode] ?? 0) + 1;
        sentAt.delete(body);
      }
    });
  };
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const due = Math.min(Math.floor(elapsed * perMs), Math.floor(seconds * 1000 * perMs));
      while (sent < due) sendNext();
      if (elapsed >= seconds * 1000) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  const sendingSeconds = (performance.now() - started) / 1000;
  const drainUntil = performance.now() + DRAIN_MS;
  while ((sentAt.size > 0 || unanswered > 0) && performance.now() < drainUntil)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const result: LoadResult = {
    conversations: pairs.length,
    offeredPerSecond: Math.round(perMs * 1000),
    sent,
    deliveredPerSecond: Math.round(latencies.length / sendingSeconds),
    latencyMs: latencyOf(latencies),
    ackMs: latencyOf(acks),
    refused,
    lost: sentAt.size,
  };
  return result;
};

import type { LoadResult } from '../load/open-loop';
import { driveOpenLoop } from '../load/open-loop';
import type { ServerSample } from '../targets/server-process';
import type { Running } from './targets';

export type Step = LoadResult & { servers: ServerSample[] };
export type KneeResult = { target: string; intervalMs: number; steps: Step[]; knee: Step | null };

export const P99_LIMIT_MS = 100;
export const passes = (step: LoadResult) =>
  step.latencyMs.p99 < P99_LIMIT_MS && step.lost === 0 && Object.keys(step.refused).length === 0;

/**
 * Steps the conversations up on one target at one message per `intervalMs` each, until p99 passes the limit or a
 * message is refused or lost: the last step that held is the knee.
 */
export const findKnee = async (
  start: () => Promise<Running>,
  { steps, intervalMs, seconds }: { steps: number[]; intervalMs: number; seconds: number },
): Promise<KneeResult> => {
  const running = await start();
  const measured: Step[] = [];
  try {
    for (const conversations of steps) {
      await running.rig.grow(conversations);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await Promise.all(running.servers.map((s) => s.sample()));
      const load = await driveOpenLoop(running.rig, { intervalMs, seconds });
      const step = { ...load, servers: await Promise.all(running.servers.map((s) => s.sample())) };
      measured.push(step);
      console.log(
        `${running.name}: ${conversations} conversations, ${load.offeredPerSecond} msg/s offered, ` +
          `${load.deliveredPerSecond} delivered; p50 ${load.latencyMs.p50} p99 ${load.latencyMs.p99} ms, ` +
          `ack p99 ${load.ackMs.p99} ms; lost ${load.lost}, refused ${JSON.stringify(load.refused)}; server CPU ` +
          `${step.servers.map((s) => `${s.cpuPercent}%`).join('+')}, loop p99 ` +
          `${step.servers.map((s) => s.loopDelayMs.p99).join('/')} ms`,
      );
      if (!passes(load)) break;
    }
  } finally {
    await running.stop();
  }
  return { target: running.name, intervalMs, steps: measured, knee: measured.filter(passes).at(-1) ?? null };
};

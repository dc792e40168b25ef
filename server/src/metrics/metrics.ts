import { CounsellorStatus, ProcessState } from '@helpline/shared';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger';
import type { BatchStored } from '../modules/conversations/message.service';
import type { LiveFigures, ProgrammeFigures } from '../modules/operations/live-figures';

/** The Socket.IO namespaces whose connections are counted. */
export const NAMESPACES = ['/visitor', '/staff'] as const;

/** What the metrics read at scrape time from the rest of the process. */
export type MetricSources = {
  figures: Pick<LiveFigures, 'read'>;
  connections: (namespace: (typeof NAMESPACES)[number]) => number;
  state: () => ProcessState;
};

// A scrape asks every gauge at once: they share one read of the database, this long.
const FIGURES_FRESH_MS = 1000;

/**
 * Every metric of one process in its own registry (so tests run many apps side by side). No label carries anything a
 * visitor or a staff member brought: label values come only from fixed sets (programme ids, presence values, namespaces,
 * the route table's templates, HTTP status codes, senders, process states).
 */
export const createMetrics = (logger: Logger) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const batchSize = new Histogram({
    name: 'helpline_message_batch_size',
    help: 'Sends stored together in one group commit',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200],
    registers: [registry],
  });
  const storeSeconds = new Histogram({
    name: 'helpline_message_store_seconds',
    help: 'Time to store one group-commit batch (one transaction)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const messagesStored = new Counter({
    name: 'helpline_messages_stored_total',
    help: 'Messages stored by this process (resends of a stored message not counted)',
    labelNames: ['sender'],
    registers: [registry],
  });
  const requests = new Counter({
    name: 'helpline_http_requests_total',
    help: 'HTTP requests answered, by route template (method and path of the route table) and status',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'helpline_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route template',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  let sources: MetricSources | null = null;
  let figures: { at: number; read: ReturnType<LiveFigures['read']> } | null = null;
  const liveFigures = async () => {
    if (!sources) return null;
    if (!figures || performance.now() - figures.at > FIGURES_FRESH_MS)
      figures = { at: performance.now(), read: sources.figures.read() };
    return figures.read.catch((error: unknown) => {
      logger.debug({ err: error }, 'metrics: live figures unavailable');
      return null;
    });
  };
  /** A gauge per programme (or per presence) read from the live figures; left empty while the database is away. */
  const figureGauge = (
    name: string,
    help: string,
    labelName: 'programme' | 'presence',
    set: (gauge: Gauge, live: NonNullable<Awaited<ReturnType<typeof liveFigures>>>) => void,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: [labelName],
      registers: [registry],
      async collect() {
        this.reset();
        const live = await liveFigures();
        if (live) set(this, live);
      },
    });
  const perProgramme = (name: string, help: string, pick: (p: ProgrammeFigures) => number) =>
    figureGauge(name, help, 'programme', (gauge, live) => {
      for (const p of live.programmes) gauge.set({ programme: p.programme }, pick(p));
    });
  perProgramme('helpline_chats_waiting', 'Chats waiting in the queue, per programme', (p) => p.waiting);
  perProgramme(
    'helpline_chats_longest_wait_seconds',
    'How long the longest-waiting chat has waited, per programme',
    (p) => p.longestWaitSeconds,
  );
  perProgramme('helpline_chats_active', 'Chats with a counsellor now, per programme', (p) => p.active);
  perProgramme('helpline_mailbox_unanswered', 'Mailbox threads waiting for an answer', (p) => p.mailboxUnanswered);
  perProgramme(
    'helpline_mailbox_oldest_unanswered_seconds',
    'How long the oldest unanswered mailbox thread has waited, per programme',
    (p) => p.mailboxOldestSeconds,
  );
  figureGauge('helpline_staff', 'Staff members by presence now (offline: no heartbeat)', 'presence', (gauge, live) => {
    for (const presence of CounsellorStatus.options) gauge.set({ presence }, live.staffByPresence[presence]);
  });
  new Gauge({
    name: 'helpline_socket_connections',
    help: 'Socket.IO connections to this process, per namespace',
    labelNames: ['namespace'],
    registers: [registry],
    collect() {
      for (const namespace of NAMESPACES) this.set({ namespace }, sources?.connections(namespace) ?? 0);
    },
  });
  new Gauge({
    name: 'helpline_process_state',
    help: 'This process is starting, serving or draining (1 for its state)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const state of ProcessState.options) this.set({ state }, sources?.state() === state ? 1 : 0);
    },
  });

  return {
    registry,
    /** Reads the live state from these from now on. */
    watch: (from: MetricSources) => {
      sources = from;
    },
    batchStored: ({ size, seconds, stored }: BatchStored) => {
      batchSize.observe(size);
      storeSeconds.observe(seconds);
      for (const sender of stored) messagesStored.inc({ sender });
    },
    /** `route`: a route table template (`GET /api/staff/:id`) or `UNMATCHED_ROUTES`, never the request's URL. */
    request: (route: string, status: number, seconds: number) => {
      requests.inc({ route, status: String(status) });
      requestSeconds.observe({ route }, seconds);
    },
  };
};

export type Metrics = ReturnType<typeof createMetrics>;

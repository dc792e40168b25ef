import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';

/**
 * What a system message says, as a code with parameters: the web app translates it; `body` carries the fallback
 * below for clients that do not know the code yet. Services produce these and never write display text themselves.
 */
export const SystemCode = z.enum([
  /** Waited past the programme's maximum: the chat is closed. */
  'queue-timed-out',
  /** The counsellor dropped out; the visitor is first in the queue for a colleague. */
  'requeued',
  /** Handed to a colleague of the same programme (`alias`: who takes over). */
  'transferred-to-colleague',
  /** Handed to the queue of another programme (`programme`). */
  'transferred-to-programme',
  /** The counsellor may no longer serve this chat (their programmes changed); the visitor is first in the queue. */
  'counsellor-withdrawn',
]);
export type SystemCode = z.infer<typeof SystemCode>;

/** The parameters of each code. */
export const SystemParams = {
  'queue-timed-out': z.object({}),
  requeued: z.object({}),
  'transferred-to-colleague': z.object({ alias: z.string() }),
  'transferred-to-programme': z.object({ programme: ProgrammeId }),
  'counsellor-withdrawn': z.object({}),
} as const satisfies Record<SystemCode, z.ZodObject>;
export type SystemParams<C extends SystemCode> = z.infer<(typeof SystemParams)[C]>;

const notice = <C extends SystemCode>(code: C) => z.object({ code: z.literal(code), params: SystemParams[code] });

/** A system message's content, as in the `system` field of a `Message`. */
export const SystemNotice = z.discriminatedUnion('code', [
  notice('queue-timed-out'),
  notice('requeued'),
  notice('transferred-to-colleague'),
  notice('transferred-to-programme'),
  notice('counsellor-withdrawn'),
]);
export type SystemNotice = z.infer<typeof SystemNotice>;

const both = (nl: string, en: string) => `${nl} / ${en}`;

/** The readable Dutch / English fallback kept in a system message's `body`. */
export const systemFallback = (notice: SystemNotice): string => {
  switch (notice.code) {
    case 'queue-timed-out':
      return both(
        'Het is nu te druk om je te helpen. Sorry dat je zo lang hebt gewacht. Probeer het later nog eens.',
        'It is too busy right now; please try again later.',
      );
    case 'requeued':
      return both(
        'Je medewerker is even weg. Je staat vooraan in de wachtrij voor een collega.',
        'Your counsellor got disconnected; you are first in the queue.',
      );
    case 'transferred-to-colleague':
      return both(
        `Je wordt doorverbonden met ${notice.params.alias}. Je gesprek blijft bewaard.`,
        `You are being transferred to ${notice.params.alias}; your conversation is kept.`,
      );
    case 'transferred-to-programme':
      return both(
        'Je wordt doorverbonden met een collega. Je gesprek blijft bewaard.',
        'You are being transferred; your conversation is kept.',
      );
    case 'counsellor-withdrawn':
      return both(
        'Je medewerker kan dit gesprek niet voortzetten. Je staat vooraan in de wachtrij voor een collega.',
        'Your counsellor cannot continue this chat; you are first in the queue for a colleague.',
      );
  }
};

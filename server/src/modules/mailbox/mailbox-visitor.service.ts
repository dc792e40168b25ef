import { randomUUID } from 'node:crypto';
import { violatedUnique } from '@helpline/db';
import {
  DEFAULT_MAILBOX_REPLY_DAYS,
  type MailboxReply,
  type MailboxThread,
  type MailboxWrite,
  type MailboxWriteAnswer,
  type ProgrammeId,
  replyDueBy,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { GRACE_MS } from '../conversations/conversation.service';
import type { DataKeys } from '../conversations/data-keys';
import type { MessageService } from '../conversations/message.service';
import { encodeMessage } from '../conversations/message-codec';
import { storedIntakeOf } from '../conversations/urgency';
import { type Keyring, MAILBOX_THREAD_KEY } from '../crypto/keyring';
import type { ProgrammeService } from '../programmes/programme.service';
import type { MailboxRepo, ThreadRow } from './mailbox.repo';
import type { CodeHasher, CodeOfClientId } from './mailbox-code';
import { newMailboxCode } from './mailbox-code';
import type { MailboxLimits } from './mailbox-limits';
import { CLAIM_MINUTES } from './mailbox-staff.service';
import { storeThreadMessage } from './thread-messages';
import { promisedBy } from './thread-state';

/** What a wrong code and a right one both take at least, so the time of the answer tells nothing. */
export const CODE_ANSWER_FLOOR_MS = 250;
const CLAIM_MS = CLAIM_MINUTES * 60 * 1000;

type Deps = {
  repo: MailboxRepo;
  dataKeys: Pick<DataKeys, 'forNewThread' | 'of' | 'forget'>;
  keyring: Pick<Keyring, 'purposeOfKey' | 'destroy'>;
  messages: Pick<MessageService, 'after'>;
  programmes: Pick<ProgrammeService, 'hoursOf' | 'stateOf'>;
  hashCode: CodeHasher;
  /** The code of a write form's clientId (a form posted twice finds its thread). */
  codeOfClientId: CodeOfClientId;
  limits: MailboxLimits;
  clock: Clock;
  answerFloorMs?: number;
  /** A forgotten thread: every process drops its cached data key. */
  onShredded?: (conversationId: string) => void;
  /** A thread's count of unanswered ones changed (the staff lists and the wall). */
  onChange?: (programme: ProgrammeId) => void;
};

const notFound = () => new AppError('NOT_FOUND', 'No thread with this code');
const CODE_TAKEN = 'mailbox_threads_code_hash_unique';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The visitor's side of the anonymous mailbox: no account, no cookie; the code (only its keyed hash is stored) is the
 * one key to a thread. Every answer to a code takes at least `answerFloorMs`, whether the code was right or not.
 */
export const createMailboxVisitorService = (deps: Deps) => {
  const { repo, dataKeys, keyring, programmes, hashCode, codeOfClientId, limits, clock } = deps;
  const floorMs = deps.answerFloorMs ?? CODE_ANSWER_FLOOR_MS;

  const dueBy = async (programme: ThreadRow['conversation']['programmeId'], at: Date) =>
    replyDueBy(
      await programmes.hoursOf(programme),
      at,
      (await repo.replyDaysOf(programme)) ?? DEFAULT_MAILBOX_REPLY_DAYS,
    );

  /** Runs `fn` on the thread of a code; a wrong code is counted against the client and answered 404, all in equal time. */
  const withCode = async <T>(client: string, code: string, fn: (row: ThreadRow) => Promise<T>): Promise<T> => {
    // A refused client is told at once: the refusal says nothing about the code.
    limits.mayTryCode(client);
    // Wall time, not the domain clock: this is about how long the answer takes to leave.
    const started = Date.now();
    const floor = () => sleep(Math.max(0, floorMs - (Date.now() - started)));
    try {
      const row = await repo.byCodeHash(hashCode(code));
      if (!row || row.conversation.shreddedAt) {
        limits.failedCode(client);
        throw notFound();
      }
      return await fn(row);
    } finally {
      await floor();
    }
  };

  const threadOf = async (row: ThreadRow): Promise<MailboxThread> => ({
    conversationId: row.conversation.id,
    programme: row.conversation.programmeId,
    state: row.thread.state,
    messages: await deps.messages.after(row.conversation.id),
    expectedReplyBy: promisedBy(row.thread),
  });

  /** The thread a write form made, answered again as the first time (its promise as it stands now). */
  const writtenAnswer = async (row: ThreadRow, code: string): Promise<MailboxWriteAnswer> => ({
    code,
    conversationId: row.conversation.id,
    expectedReplyBy: (
      row.thread.expectedReplyBy ?? (await dueBy(row.conversation.programmeId, row.conversation.queuedAt))
    ).toISOString(),
  });

  const create = async (input: MailboxWrite, code: string): Promise<MailboxWriteAnswer> => {
    const now = clock.now();
    const id = randomUUID();
    const expectedReplyBy = await dueBy(input.programme, now);
    const { open } = await programmes.stateOf(input.programme, now);
    const { dataKey, keyId, wrapped } = dataKeys.forNewThread();
    const { row } = encodeMessage(
      {
        id: randomUUID(),
        conversationId: id,
        seq: 1,
        sender: 'visitor',
        senderStaffId: null,
        clientId: null,
        body: input.body,
        sentAt: now,
      },
      dataKey,
    );
    // A thread is never queued or active (routing, capacity and presence leave it alone): it counts as ended at its
    // last message, so retention runs from there; its own state is the mailbox row's.
    await repo
      .create({
        conversation: {
          id,
          programmeId: input.programme,
          channel: 'mailbox',
          status: 'ended',
          queuedAt: now,
          queuePriority: now,
          endedAt: now,
          ...storedIntakeOf(input.intake ?? {}),
          wrappedKey: wrapped,
          keyId,
          lastSeq: 1,
        },
        message: row,
        thread: {
          conversationId: id,
          codeHash: hashCode(code),
          state: 'unanswered',
          waitingSince: now,
          expectedReplyBy,
          lastMessageAt: now,
          writtenWhileClosed: !open,
        },
      })
      .catch((error: unknown) => {
        // Nothing was stored under the thread's own key: it goes at once.
        keyring.destroy([keyId], now);
        throw error;
      });
    deps.onChange?.(input.programme);
    return { code, conversationId: id, expectedReplyBy: expectedReplyBy.toISOString() };
  };

  return {
    /**
     * A new thread, or with a clientId sent before the thread it made (its code derived again, nothing stored): a
     * repeat is not counted against the client's allowance of new threads.
     */
    write: async (client: string, input: MailboxWrite): Promise<MailboxWriteAnswer> => {
      const code = input.clientId ? codeOfClientId(input.clientId) : newMailboxCode();
      const made = input.clientId ? await repo.byCodeHash(hashCode(code)) : null;
      if (made) return writtenAnswer(made, code);
      limits.takeThread(client);
      try {
        return await create(input, code);
      } catch (error) {
        // The same form posted twice at once: the other post made the thread.
        const twin = violatedUnique(error) === CODE_TAKEN ? await repo.byCodeHash(hashCode(code)) : null;
        if (twin) return writtenAnswer(twin, code);
        throw error;
      }
    },

    read: (client: string, code: string) => withCode(client, code, threadOf),

    /** The visitor writes again: the thread is unanswered again, and goes first to who answered it, when on shift. */
    reply: (client: string, input: MailboxReply) =>
      withCode(client, input.code, async (found) => {
        const id = found.conversation.id;
        const now = clock.now();
        // Read before the transaction: the embedded database has one connection, held by the transaction.
        const promise = await dueBy(found.conversation.programmeId, now);
        const result = await repo.transaction(async (tx) => {
          const row = await repo.byId(id, tx, true);
          if (!row || row.conversation.shreddedAt) throw notFound();
          const stored = await storeThreadMessage(repo, tx, dataKeys.of(row.conversation), {
            id,
            sender: 'visitor',
            senderStaffId: null,
            clientId: input.clientId,
            body: input.body,
            now,
          });
          if (!stored.isNew) return stored;
          const wasWaiting = row.thread.state === 'unanswered';
          const back = !wasWaiting && row.thread.lastCounsellorId ? row.thread.lastCounsellorId : null;
          const isBackOnShift = back !== null && (await repo.isOnShift(tx, back, now, GRACE_MS));
          await repo.updateThread(tx, id, {
            state: 'unanswered',
            lastMessageAt: now,
            ...(wasWaiting
              ? {}
              : {
                  waitingSince: now,
                  expectedReplyBy: promise,
                  ...(isBackOnShift
                    ? { claimedBy: back, claimedUntil: new Date(now.getTime() + CLAIM_MS) }
                    : { claimedBy: null, claimedUntil: null }),
                }),
          });
          await repo.updateConversation(tx, id, { endedAt: now });
          return stored;
        });
        if (result.isNew) deps.onChange?.(found.conversation.programmeId);
        return { message: result.message };
      }),

    /**
     * "Forget this conversation": the thread's own key is destroyed at once (no copy of its data key that the disk or a
     * backup still holds can be opened), and its ciphertexts, wrapped key and code's hash are deleted. A thread whose
     * key a rotation moved under the programme's epoch key is shredded as retention does it.
     */
    forget: (client: string, code: string) =>
      withCode(client, code, async (found) => {
        const id = found.conversation.id;
        const now = clock.now();
        const keyId = await repo.transaction(async (tx) => {
          const row = await repo.byId(id, tx, true);
          if (!row || row.conversation.shreddedAt) throw notFound();
          await repo.shred(tx, id, now);
          return row.conversation.keyId;
        });
        if (keyId && keyring.purposeOfKey(keyId) === MAILBOX_THREAD_KEY) keyring.destroy([keyId], now);
        dataKeys.forget([id]);
        deps.onShredded?.(id);
        deps.onChange?.(found.conversation.programmeId);
      }),
  };
};

export type MailboxVisitorService = ReturnType<typeof createMailboxVisitorService>;

import {
  type ConversationDetail,
  type ConversationListItem,
  type ConversationListQuery,
  caseTagsSchemaFor,
  missingTags,
  parsePeriod,
  type Referral,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError, parseInput } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import { visibleProgrammes } from '../access/visible-programmes';
import type { AuditService } from '../audit/audit.service';
import { withUrgency } from '../conversations/conversation.repo';
import type { CaseRepo, CaseRow } from './case.repo';
import { storedTags } from './stored-tags';

type Deps = {
  cases: CaseRepo;
  referralsOf: (conversationId: string) => Promise<Referral[]>;
  audit: Pick<AuditService, 'record'>;
  clock: Clock;
  /** Tags were saved (a closed heavy chat may offer its counsellor a break). */
  onTagged: (conversationId: string, savedBy: string) => void;
};

const toItem = ({ conversation: c, counsellorAlias }: CaseRow): ConversationListItem => {
  const programme = c.programmeId;
  const missing = missingTags(programme, c.tags);
  return {
    id: c.id,
    programme,
    channel: c.channel,
    status: c.status,
    queuedAt: c.queuedAt.toISOString(),
    startedAt: c.startedAt?.toISOString() ?? null,
    endedAt: c.endedAt?.toISOString() ?? null,
    counsellorAlias,
    tags: c.tags,
    returning: c.returning,
    missingTags: missing,
    tagsComplete: missing.length === 0,
  };
};

/** Case files of chats: lists, metadata with referrals, tags, and a returning visitor's earlier conversations. */
export const createCaseService = ({ cases, referralsOf, audit, clock, onTagged }: Deps) => {
  /** Supervisors open any conversation; a counsellor one of their programmes that they held. */
  const open = async (me: StaffPrincipal, id: string) => {
    const row = await cases.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such conversation');
    const programme = row.conversation.programmeId;
    authorize(me, { programme });
    if (me.role !== 'supervisor' && !(await cases.wasHeldBy(id, me.id))) {
      throw new AppError('FORBIDDEN', 'This conversation was not yours');
    }
    return { ...row, programme };
  };

  return {
    open,
    list: async (me: StaffPrincipal, query: ConversationListQuery): Promise<ConversationListItem[]> => {
      const needsTags = query.needsTags === 'true';
      const period = needsTags && !query.from && !query.to ? {} : parsePeriod(query, clock.now());
      const rows = await cases.list({
        programmes: visibleProgrammes(me, query.programme),
        ...(query.status ? { status: query.status } : needsTags ? { statuses: ['ended'] } : {}),
        ...(needsTags ? { tagsIncomplete: true } : {}),
        ...period,
        ...(me.role !== 'supervisor' || query.mine === 'true' ? { heldBy: me.id } : {}),
      });
      const items = rows.map(toItem);
      return needsTags ? items.filter((item) => !item.tagsComplete) : items;
    },

    detail: async (me: StaffPrincipal, id: string): Promise<ConversationDetail> => {
      const row = await open(me, id);
      return {
        ...toItem(row),
        intake: withUrgency(row.conversation),
        counsellorId: row.conversation.counsellorId,
        referrals: await referralsOf(id),
      };
    },

    history: async (me: StaffPrincipal, id: string): Promise<ConversationListItem[]> => {
      const { conversation } = await open(me, id);
      return (await cases.earlierOfVisitor(conversation, visibleProgrammes(me))).map(toItem);
    },

    /** The holder tags a chat (during or after it); a supervisor may correct it later. Replaces the stored tags. */
    setTags: async (me: StaffPrincipal, id: string, body: unknown) => {
      const { conversation, programme } = await open(me, id);
      if (me.role !== 'supervisor' && conversation.counsellorId !== me.id) {
        throw new AppError('FORBIDDEN', 'Only the counsellor holding this conversation or a supervisor may tag it');
      }
      if (conversation.status !== 'active' && conversation.status !== 'ended') {
        throw new AppError('CONFLICT', 'Only an answered conversation can be tagged');
      }
      const tags = storedTags(parseInput(caseTagsSchemaFor(programme), body));
      const saved = await cases.saveTags(id, tags, clock.now());
      if (!saved) throw new AppError('NOT_FOUND', 'No such conversation');
      await audit.record(me, 'tags.updated', { type: 'conversation', id }, { dimensions: Object.keys(tags) });
      onTagged(id, me.id);
      return saved;
    },
  };
};

export type CaseService = ReturnType<typeof createCaseService>;

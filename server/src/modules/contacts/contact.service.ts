import {
  type Contact,
  type ContactCreate,
  type ContactListQuery,
  completeCaseTagsSchemaFor,
  parsePeriod,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError, parseInput } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import { visibleProgrammes } from '../access/visible-programmes';
import { storedTags } from '../cases/stored-tags';
import type { ContactRepo, ContactRow } from './contact.repo';

const toContact = ({ contact: c, loggedByAlias }: ContactRow): Contact => ({
  id: c.id,
  programme: c.programmeId,
  channel: c.channel,
  occurredAt: c.occurredAt.toISOString(),
  durationMinutes: c.durationMinutes,
  tags: c.tags,
  loggedByAlias,
  createdAt: c.createdAt.toISOString(),
});

/** Phone and e-mail contacts, tagged like chats so the yearly figures cover every channel. */
export const createContactService = ({ repo, clock }: { repo: ContactRepo; clock: Clock }) => {
  /** A contact its logger may change, or a supervisor. */
  const open = async (me: StaffPrincipal, id: string) => {
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such contact');
    authorize(me, { programme: row.contact.programmeId });
    if (me.role !== 'supervisor' && row.contact.loggedBy !== me.id) {
      throw new AppError('FORBIDDEN', 'This contact was logged by someone else');
    }
    return row.contact;
  };

  return {
    open,
    log: async (me: StaffPrincipal, input: ContactCreate): Promise<Contact> => {
      authorize(me, { programme: input.programme });
      const created = await repo.insert({
        programmeId: input.programme,
        channel: input.channel,
        occurredAt: new Date(input.occurredAt),
        durationMinutes: input.durationMinutes ?? null,
        tags: input.tags,
        loggedBy: me.id,
        createdAt: clock.now(),
      });
      return toContact({ contact: created, loggedByAlias: me.alias });
    },

    /** Corrects the tags later: complete, as when it was logged. Replaces the stored tags. */
    setTags: async (me: StaffPrincipal, id: string, body: unknown) => {
      const contact = await open(me, id);
      const tags = parseInput(completeCaseTagsSchemaFor(contact.programmeId), body);
      const saved = await repo.saveTags(id, storedTags(tags));
      if (!saved) throw new AppError('NOT_FOUND', 'No such contact');
      return saved;
    },

    list: async (me: StaffPrincipal, query: ContactListQuery): Promise<Contact[]> => {
      const rows = await repo.list({
        programmes: visibleProgrammes(me, query.programme),
        ...parsePeriod(query, clock.now()),
        ...(me.role !== 'supervisor' || query.mine === 'true' ? { loggedBy: me.id } : {}),
      });
      return rows.map(toContact);
    },
  };
};

export type ContactService = ReturnType<typeof createContactService>;

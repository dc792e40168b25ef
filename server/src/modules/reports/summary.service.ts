import {
  dimensionsOf,
  isUrgent,
  type ProgrammeId,
  programmeIds,
  type ReportSummaryAnswer,
  type ReportSummaryPeriod,
  type ServiceLevel,
  urgencyOf,
  valuesOf,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import type { CareFiguresRepo } from './care-figures.repo';
import type { ChatFiguresRepo } from './chat-figures.repo';
import type { MailboxFiguresRepo } from './mailbox-figures.repo';
import { byKindOf, previousOf, rateOf, type Scope } from './scope';
import type { SummaryRepo } from './summary.repo';

type Deps = {
  chats: ChatFiguresRepo;
  summary: SummaryRepo;
  mailbox: MailboxFiguresRepo;
  care: CareFiguresRepo;
  clock: Clock;
};

export const serviceLevelOf = (figures: { offered: number; within1: number; within5: number }): ServiceLevel => ({
  offered: figures.offered,
  answeredWithin1Minute: figures.within1,
  answeredWithin5Minutes: figures.within5,
  within1MinuteRate: rateOf(figures.within1, figures.offered),
  within5MinutesRate: rateOf(figures.within5, figures.offered),
});

type TagCounts = Record<string, Record<string, number>>;
const add = (tags: TagCounts, dimension: string, value: string, n: number) => {
  tags[dimension] = { ...tags[dimension], [value]: (tags[dimension]?.[value] ?? 0) + n };
};

/** Every dimension and value of the programmes' taxonomy at zero, so charts show what nobody chose too. */
const emptyTags = (programmes: readonly ProgrammeId[]) => {
  const tags: TagCounts = {};
  for (const dimension of programmes.flatMap(dimensionsOf))
    for (const value of Object.keys(valuesOf(dimension))) add(tags, dimension.id, value, 0);
  return tags;
};

/** Chats per urgent value of the programmes, every value at zero first. */
const urgentCounts = (programmes: readonly ProgrammeId[], rows: { urgency: string; n: number }[]) => {
  const counts: Record<string, number> = {};
  for (const value of programmes.flatMap(urgencyOf).filter(isUrgent)) counts[value] = 0;
  for (const { urgency, n } of rows) counts[urgency] = (counts[urgency] ?? 0) + n;
  return counts;
};

/** The yearly figures of PROTOCOL.md for one programme (or all) and period, with the period before beside it. */
export const createSummaryService = ({ chats, summary, mailbox, care, clock }: Deps) => {
  const figuresOf = async (scope: Scope): Promise<ReportSummaryPeriod> => {
    const [
      queue,
      cells,
      waits,
      level,
      people,
      logged,
      tagRows,
      referrals,
      survey,
      letters,
      urgent,
      urgentWaits,
      cared,
    ] = await Promise.all([
      chats.chats(scope),
      chats.missedCells(scope),
      chats.waits(scope),
      chats.serviceLevel(scope),
      chats.visitors(scope),
      summary.loggedByChannel(scope),
      summary.tagCounts(scope),
      summary.referrals(scope),
      summary.survey(scope),
      mailbox.figures(scope, clock.now()),
      chats.urgent(scope),
      chats.waitsByUrgency(scope),
      care.figures(scope),
    ]);
    const programmes = scope.programme ? [scope.programme] : programmeIds;
    const missed = byKindOf(cells);
    const byChannel = {
      chat: queue.answered,
      phone: logged.phone ?? 0,
      email: logged.email ?? 0,
      mailbox: letters.received,
    };
    const tags = emptyTags(programmes);
    for (const { dimension, value, n } of tagRows) add(tags, dimension, value, n);
    // The channel is known for every contact, tagged or not.
    tags.channel = { ...byChannel };
    return {
      programme: scope.programme,
      from: scope.from.toISOString(),
      to: scope.to.toISOString(),
      contacts: { total: byChannel.chat + byChannel.phone + byChannel.email + byChannel.mailbox, byChannel },
      mailbox: letters,
      chats: {
        requested: queue.queued + missed['outside-hours'],
        answered: queue.answered,
        missed,
        urgent: urgentCounts(programmes, urgent),
      },
      uniqueVisitors: people.people,
      repeatContactRate: rateOf(people.repeat, people.people),
      waits: { ...waits, ...urgentWaits },
      serviceLevel: serviceLevelOf(level),
      tags,
      referrals,
      survey: {
        responses: survey.responses,
        satisfiedRate: rateOf(survey.satisfied, survey.responses),
        feltBetterRate: rateOf(survey.feltBetter, survey.feltBetterAsked),
        wouldRecommendRate: rateOf(survey.recommend, survey.recommendAsked),
      },
      care: cared,
    };
  };

  return {
    summary: async (scope: Scope): Promise<ReportSummaryAnswer> => {
      const [current, previous] = await Promise.all([figuresOf(scope), figuresOf(previousOf(scope))]);
      return { ...current, previous };
    },
  };
};

export type SummaryService = ReturnType<typeof createSummaryService>;

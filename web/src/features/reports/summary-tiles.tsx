import type { ReportSummaryAnswer } from '@helpline/shared/http';
import type { ReactNode } from 'react';
import { StatTile } from '~/components/charts/stat-tile';
import type { Text } from '~/i18n/text';
import { numberOf, percentOf } from '../supervisor/format';
import { formatSeconds } from './format-seconds';

const missedOf = (s: ReportSummaryAnswer['chats']) =>
  s.missed['outside-hours'] + s.missed.abandoned + s.missed['timed-out'];

/** The headline numbers of the period, each with the previous period beside it. */
export function SummaryTiles({ s, t, r }: { s: ReportSummaryAnswer; t: Text<'reports.summary'>; r: Text<'reports'> }) {
  const p = s.previous;
  const n = (v: number) => numberOf(v, r('locale'));
  const pct = (v: number | null) => percentOf(v, r('locale'));
  const tile = (label: string, value: string, previous: string, testId: string, extra?: ReactNode) => (
    <StatTile label={label} value={value} detail={extra ?? t('previousShort', { value: previous })} testId={testId} />
  );
  return (
    <dl className="grid grid-cols-2 gap-2 md:grid-cols-4 xl:grid-cols-8" data-testid="summary-tiles">
      {tile(t('contacts'), n(s.contacts.total), n(p.contacts.total), 'sum-contacts')}
      {tile(t('requested'), n(s.chats.requested), n(p.chats.requested), 'sum-requested')}
      {tile(t('answered'), n(s.chats.answered), n(p.chats.answered), 'sum-answered')}
      {tile(t('missed'), n(missedOf(s.chats)), n(missedOf(p.chats)), 'sum-missed')}
      {tile(t('uniqueVisitors'), n(s.uniqueVisitors), n(p.uniqueVisitors), 'sum-unique')}
      {tile(t('repeatRate'), pct(s.repeatContactRate), pct(p.repeatContactRate), 'sum-repeat')}
      {tile(t('waits'), formatSeconds(s.waits.medianSeconds), formatSeconds(p.waits.medianSeconds), 'sum-wait')}
      {tile(
        t('serviceLevel'),
        pct(s.serviceLevel.within5MinutesRate),
        pct(p.serviceLevel.within5MinutesRate),
        'sum-service',
      )}
    </dl>
  );
}

export { missedOf };

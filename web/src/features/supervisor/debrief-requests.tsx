import type { DebriefRequested } from '@helpline/shared';
import { Coffee } from 'lucide-react';
import type { Text } from '~/i18n/text';
import { clockOf } from './format';

/**
 * The counsellors who asked for a debrief, quietly (no sound, no red): who and since when, never which chat. Taken off
 * the list once the supervisor has seen to it.
 */
export function DebriefRequests({
  debriefs,
  onDone,
  t,
}: {
  debriefs: DebriefRequested[];
  onDone: (request: DebriefRequested) => void;
  t: Text<'supervisor'>;
}) {
  if (debriefs.length === 0) return null;
  return (
    <section
      aria-labelledby="debrief-heading"
      className="mb-4 rounded-xl border border-neutral-400 bg-white p-3"
      data-testid="debrief-requests"
    >
      <h2 id="debrief-heading" className="flex items-center gap-2 font-bold">
        <Coffee aria-hidden="true" className="h-5 w-5 shrink-0" />
        {t('debrief.heading')}
      </h2>
      <ul className="mt-1 grid gap-1">
        {debriefs.map((d) => (
          <li key={`${d.counsellor.id}@${d.at}`} className="flex flex-wrap items-center gap-x-3">
            <p className="mr-auto">
              {t('debrief.asks', { alias: d.counsellor.alias, time: clockOf(d.at, t('locale')) })}
            </p>
            <button
              type="button"
              onClick={() => onDone(d)}
              aria-label={t('debrief.doneLabel', { alias: d.counsellor.alias })}
              className="inline-flex min-h-11 items-center rounded-lg border border-neutral-500 px-3"
            >
              {t('debrief.done')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Whisper } from '@helpline/shared';
import type { Text } from '~/i18n/text';
import { clockOf } from './format';

/** The whispers to this chat's counsellor since the page opened (from any supervisor monitoring it). */
export function WhisperList({ whispers, t }: { whispers: Whisper[]; t: Text<'supervisor'> }) {
  if (whispers.length === 0) return null;
  return (
    <section aria-labelledby="whispers-heading" className="rounded-xl border border-neutral-300 bg-white p-3">
      <h2 id="whispers-heading" className="text-lg font-bold">
        {t('whisper.listHeading')}
      </h2>
      <ul className="mt-2 grid gap-2" data-testid="whisper-list">
        {whispers.map((w) => (
          <li key={`${w.at}|${w.from.alias}|${w.body}`} className="border-l-4 border-violet-800 pl-2">
            <span className="text-xs text-neutral-700">
              {t('whisper.from', { alias: w.from.alias, time: clockOf(w.at, t('locale')) })}
            </span>
            <p className="whitespace-pre-wrap">{w.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

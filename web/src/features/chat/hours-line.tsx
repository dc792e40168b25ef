import type { ProgrammeState } from '@helpline/shared/http';
import { dictionaries, type Lang } from '~/i18n';
import { statusText } from '../programmes/status-text';

/** When the chat is open ("Nu open, tot 23:00", or when it opens again), rendered on the server. */
export function HoursLine({ state, lang, now }: { state: ProgrammeState; lang: Lang; now: Date }) {
  return (
    <p className="font-semibold" data-testid="help-hours">
      {statusText(state, now, dictionaries[lang])}
    </p>
  );
}

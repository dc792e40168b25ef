import type { ProgrammeState } from '@helpline/shared/http';
import { dictionaries, type Lang } from '~/i18n';
import { programmesDictionary } from './i18n';
import { statusText, waitText } from './status-text';

/**
 * Open or not, when it opens, and the honest wait. Without the shared domain module at run time, so the chat page's
 * scripts stay light when it renders this in the browser.
 */
export function ProgrammeStatus({ programme, lang, now }: { programme: ProgrammeState; lang: Lang; now: Date }) {
  return (
    <div className="grid gap-3" data-open={String(programme.open)}>
      <p className="flex items-center gap-2 font-semibold" data-testid="programme-status">
        <span
          aria-hidden="true"
          className={`inline-block size-3 shrink-0 rounded-full ${programme.open ? 'bg-green-700' : 'bg-neutral-500'}`}
        />
        {statusText(programme, now, dictionaries[lang])}
      </p>
      {programme.open && (
        <p className="text-[var(--muted-fg)]" data-testid="programme-wait">
          {waitText(programme, programmesDictionary[lang])}
        </p>
      )}
    </div>
  );
}

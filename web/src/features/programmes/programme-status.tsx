import type { ProgrammeState } from '@helpline/shared/http';
import { statusText, waitText } from './status-text';

/** Open or not, when it opens, and the honest wait; rendered on the server. */
export async function ProgrammeStatus({ programme, now }: { programme: ProgrammeState; now: Date }) {
  return (
    <div className="grid gap-3" data-open={String(programme.open)}>
      <p className="flex items-center gap-2 font-semibold" data-testid="programme-status">
        <span
          aria-hidden="true"
          className={`inline-block size-3 shrink-0 rounded-full ${programme.open ? 'bg-green-700' : 'bg-neutral-500'}`}
        />
        {await statusText(programme, now)}
      </p>
      {programme.open && (
        <p className="text-[var(--muted-fg)]" data-testid="programme-wait">
          {await waitText(programme)}
        </p>
      )}
    </div>
  );
}

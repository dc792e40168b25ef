import type { ProgrammeState } from '@helpline/shared/http';
import { statusText } from '../programmes/status-text';

/** When the chat is open ("Nu open, tot 23:00", or when it opens again), rendered on the server. */
export async function HoursLine({ state, now }: { state: ProgrammeState; now: Date }) {
  return (
    <p className="font-semibold" data-testid="help-hours">
      {await statusText(state, now)}
    </p>
  );
}

'use client';

import { CounsellorStatus } from '@helpline/shared/http';
import { useWorkspace } from '../workspace/workspace-context';

const DOT: Record<CounsellorStatus, string> = {
  available: 'bg-green-600',
  away: 'bg-amber-500',
  offline: 'bg-neutral-500',
};

/** Available / away / offline, as one radio group; the server's answer (presence:state) is what shows. */
export function PresenceSwitch() {
  const { t, desk } = useWorkspace();
  const { presence, chats } = desk.state;
  const active = chats.filter((c) => c.status === 'active').length;
  return (
    <div className="grid gap-1">
      <fieldset className="flex items-center gap-1" disabled={!presence}>
        <legend className="sr-only">{t('presence.label')}</legend>
        {CounsellorStatus.options.map((status) => (
          <label
            key={status}
            className="flex flex-1 cursor-pointer items-center justify-center gap-1 whitespace-nowrap rounded-md border border-neutral-400 px-1 py-1 text-[13px] has-checked:border-neutral-900 has-checked:bg-neutral-900 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-[var(--focus)]"
          >
            <input
              type="radio"
              name="presence"
              value={status}
              checked={presence?.status === status}
              onChange={() => desk.actions.setPresence(status)}
              className="sr-only"
            />
            <span aria-hidden className={`size-2 rounded-full ${DOT[status]}`} />
            {t(`presence.${status}`)}
          </label>
        ))}
      </fieldset>
      {presence && (
        <span data-testid="capacity" className="text-sm tabular-nums text-neutral-800">
          <span className="sr-only">{t('capacityLabel')}: </span>
          {t('capacity', { active, capacity: presence.capacity })}
        </span>
      )}
    </div>
  );
}

'use client';

import { type ProgrammeId, programmeIds, programmes } from '@helpline/shared/domain';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Dialog } from '~/components/dialog';
import { useWorkspace } from '../workspace/workspace-context';
import { useColleagues } from './use-colleagues';

const field = 'rounded-md border border-neutral-500 bg-white px-2 py-1.5';

/** Hand the chat to a colleague or to the other programme's queue, with a note the receiver reads first. */
export function TransferDialog({
  conversationId,
  programme,
  open,
  onOpenChange,
}: {
  conversationId: string;
  programme: ProgrammeId;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations('chatStaff');
  const w = useTranslations('workspace');
  const { desk } = useWorkspace();
  const colleagues = useColleagues(programme, open);
  const otherProgrammes = programmeIds.filter((p) => p !== programme);
  const [target, setTarget] = useState<string>('colleague');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const staffId = String(form.get('staffId') ?? '');
    const to = target === 'colleague' ? { staffId } : { programme: target as ProgrammeId };
    if (target === 'colleague' && !staffId) return setError(t('colleagueId'));
    setBusy(true);
    const failed = await desk.actions.transfer(conversationId, to, String(form.get('handover') ?? ''));
    setBusy(false);
    if (failed) setError(failed);
    else onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('transferTitle')}>
      <form onSubmit={submit} className="grid gap-3" noValidate>
        <fieldset className="grid gap-1">
          <legend className="font-semibold">{t('transferTo')}</legend>
          {['colleague', ...otherProgrammes].map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input
                type="radio"
                name="target"
                value={option}
                checked={target === option}
                onChange={() => setTarget(option)}
              />
              {option === 'colleague'
                ? t('toColleague')
                : t('toProgramme', { name: programmes[option as ProgrammeId].name })}
            </label>
          ))}
        </fieldset>
        {target === 'colleague' &&
          (colleagues && colleagues.length === 0 ? (
            <p>{t('noColleagues')}</p>
          ) : (
            <div className="grid gap-1">
              <label htmlFor="transfer-colleague" className="font-semibold">
                {t('colleague')}
              </label>
              <select id="transfer-colleague" name="staffId" className={field} defaultValue="" required>
                <option value="" disabled>
                  {t('colleagueId')}
                </option>
                {(colleagues ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {`${c.alias} · ${w(`presence.${c.status}`)} · ${w('capacity', { active: c.activeChats, capacity: c.capacity })}`}
                  </option>
                ))}
              </select>
            </div>
          ))}
        <label className="grid gap-1">
          <span className="font-semibold">{t('handover')}</span>
          <textarea name="handover" rows={3} maxLength={4000} className={field} />
        </label>
        {error && (
          <p role="alert" className="text-red-800">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button
            type="button"
            onClick={() => onOpenChange(false)}
            className="rounded-md border border-neutral-500 px-3 py-1.5"
          >
            {t('cancel')}
          </button>
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-neutral-900 px-3 py-1.5 font-semibold text-white"
          >
            {t('doTransfer')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

'use client';

import * as Popover from '@radix-ui/react-popover';
import { Bell, BellOff, Keyboard } from 'lucide-react';
import { useState } from 'react';
import { askDesktopPermission } from './announce';
import { useWorkspace } from './workspace-context';

const iconButton =
  'inline-flex size-8 items-center justify-center rounded-md border border-neutral-400 bg-white hover:bg-neutral-100';
const panel = 'z-50 grid w-72 gap-2 rounded-lg border border-neutral-300 bg-white p-3 text-sm shadow-lg';

/** Sound, tab title and desktop notification for newly routed chats: each can be switched off. */
export function AlertSettings() {
  const { t, prefs, setPrefs } = useWorkspace();
  const [denied, setDenied] = useState(false);
  const toggleDesktop = async (on: boolean) => {
    if (!on) return setPrefs({ desktop: false });
    const permission = await askDesktopPermission();
    setDenied(permission !== 'granted');
    setPrefs({ desktop: permission === 'granted' });
  };
  return (
    <Popover.Root>
      <Popover.Trigger className={iconButton} aria-label={t('alerts.label')}>
        {prefs.sound ? <Bell aria-hidden size={16} /> : <BellOff aria-hidden size={16} />}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={panel} sideOffset={6} align="end">
          <p className="font-semibold">{t('alerts.label')}</p>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={prefs.sound} onChange={(e) => setPrefs({ sound: e.target.checked })} />
            {t('alerts.sound')}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={prefs.title} onChange={(e) => setPrefs({ title: e.target.checked })} />
            {t('alerts.title')}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={prefs.desktop} onChange={(e) => toggleDesktop(e.target.checked)} />
            {t('alerts.desktop')}
          </label>
          {denied && <p role="status">{t('alerts.desktopDenied')}</p>}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

export function ShortcutHelp() {
  const { t } = useWorkspace();
  return (
    <Popover.Root>
      <Popover.Trigger className={iconButton} aria-label={t('shortcuts.label')}>
        <Keyboard aria-hidden size={16} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={panel} sideOffset={6} align="end">
          <p className="font-semibold">{t('shortcuts.label')}</p>
          <ul className="grid gap-1">
            {[
              t('shortcuts.accept'),
              t('shortcuts.next'),
              t('shortcuts.composer'),
              t('shortcuts.tags'),
              t('shortcuts.end'),
              t('shortcuts.send'),
            ].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

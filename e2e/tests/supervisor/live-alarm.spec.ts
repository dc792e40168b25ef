import type { ProgrammeHours } from '@helpline/shared';
import { expect, test } from '@playwright/test';
import {
  amsterdamToday,
  expectAccessible,
  openAllDayToday,
  putHours,
  saveHours,
  supervisorContext,
  visitorSocket,
} from './supervisor-helpers';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-supervisor';
const localHour = () =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
const withToday = (hours: ProgrammeHours, today: Record<string, unknown>): ProgrammeHours => ({
  ...hours,
  exceptions: [...hours.exceptions.filter((e) => e.date !== amsterdamToday()), { date: amsterdamToday(), ...today }],
});

test.describe('the live wall alarms and opens (issue 17, items 14 and 16)', () => {
  test('someone waits while nobody is available: a red alarm in words, a sound, intake in words, no capacity for supervisors', async ({
    browser,
  }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const visitor = await visitorSocket();
    try {
      await page.goto('/supervisor');
      await expect(page.getByTestId('live-connection')).toHaveAttribute('data-connected', 'true');
      const helpwanted = page.getByTestId('live-helpwanted');
      await expect(helpwanted.getByTestId('tile-available').locator('dd')).toHaveText('0');
      await expect(page.getByTestId('wait-alarm')).toHaveAttribute('data-alarm', 'false');
      // A click on the page lets the browser play sound, as a supervisor's first click would.
      await page.getByRole('heading', { level: 1 }).click();

      const joined = await visitor.emitWithAck('queue:join', {
        programme: 'helpwanted',
        intake: { ageBand: '12-18', about: 'self', language: 'nl' },
      });
      expect(joined.ok).toBe(true);
      const alarm = page.getByTestId('wait-alarm');
      await expect(alarm).toHaveAttribute('data-alarm', 'true');
      await expect(alarm).toContainText('Helpwanted: er wacht iemand en er is geen medewerker beschikbaar.');
      await expect(page.getByTestId('alarm-helpwanted')).toHaveAttribute('data-reason', 'nobody-available');
      await expect(helpwanted).toHaveAttribute('data-alarm', 'nobody-available');
      await expect(helpwanted.getByText('Alarm', { exact: true })).toBeVisible();
      // The sound: made with WebAudio, played at once; it can be switched off and on.
      await expect(page.getByTestId('alarm-sound')).not.toHaveAttribute('data-plays', '0');
      await expect(page.getByTestId('alarm-sound')).toHaveAttribute('aria-pressed', 'true');

      // The intake in words, not codes; a supervisor has no chat capacity.
      const row = page.getByTestId('queue-table').getByRole('row', { name: /Helpwanted/ });
      await expect(row).toContainText('over zichzelf');
      await expect(row).not.toContainText('self');
      const staffTable = page.getByRole('table', { name: 'Medewerkers' });
      await expect(staffTable.getByRole('row', { name: /leidinggevende/ }).first()).toContainText('neemt geen chats');
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/14-alarm-nobody-available.png`, fullPage: true });

      await page.getByTestId('alarm-sound').click();
      await expect(page.getByTestId('alarm-sound')).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByTestId('alarm-sound')).toHaveText('Alarmgeluid uit');
      await page.getByTestId('alarm-sound').click();

      if (!joined.ok) return;
      await visitor.emitWithAck('conversation:leave', { conversationId: joined.conversationId });
      await expect(alarm).toHaveAttribute('data-alarm', 'false');
      await expect(helpwanted).toHaveAttribute('data-alarm', 'none');
    } finally {
      visitor.disconnect();
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await context.close();
    }
  });

  test('"open now until ..." opens a closed programme after a confirmation, shown at once and audited', async ({
    browser,
  }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', withToday(stored.helpwanted, { closed: true }));
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto('/supervisor');
      const helpwanted = page.getByTestId('live-helpwanted');
      await expect(helpwanted).toHaveAttribute('data-open', 'false');
      await helpwanted.getByRole('button', { name: 'Nu openen tot…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Helpwanted nu openen' });
      await dialog.getByLabel('Open tot').selectOption('24:00');
      await expect(dialog.getByTestId('today-preview')).toHaveText(
        'Helpwanted gaat nu open, vandaag tot 24:00 (middernacht). Bezoekers kunnen meteen chatten.',
      );
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/16-open-now-confirm.png` });
      await dialog.getByRole('button', { name: 'Ja, nu openen' }).click();
      await expect(dialog).toBeHidden();
      await expect(helpwanted).toHaveAttribute('data-open', 'true');
      await expect(helpwanted.getByTestId('today-state')).toHaveText('Vandaag open tot 24:00');
      await expect(helpwanted.getByRole('status')).toHaveText('Helpwanted is nu open tot 24:00.');
      await page.screenshot({ path: `${SHOTS}/16-open-now-done.png` });

      const visitor = await visitorSocket();
      const joined = await visitor.emitWithAck('queue:join', { programme: 'helpwanted' });
      expect(joined.ok).toBe(true);
      if (joined.ok) await visitor.emitWithAck('conversation:leave', { conversationId: joined.conversationId });
      visitor.disconnect();
      const audit = (await (await context.request.get('/api/audit?action=hours.updated')).json()) as {
        targetId: string;
        details: { via?: string } | null;
      }[];
      expect(audit[0]).toMatchObject({ targetId: 'helpwanted', details: { via: 'open-until' } });
    } finally {
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await context.close();
    }
  });

  test('"one hour longer today" keeps an open programme open an hour past its closing, after a confirmation', async ({
    browser,
  }) => {
    const hour = localHour();
    // biome-ignore lint/suspicious/noSkippedTests: an hour longer needs two hours left in the local day
    test.skip(hour > 21, 'needs two hours left in the day');
    const closes = `${String(hour + 1).padStart(2, '0')}:00`;
    const later = `${String(hour + 2).padStart(2, '0')}:00`;
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'stopitnow', withToday(stored.stopitnow, { opens: '00:00', closes }));
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto('/en/supervisor');
      const stopitnow = page.getByTestId('live-stopitnow');
      await expect(stopitnow.getByTestId('today-state')).toHaveText(`Open today until ${closes}`);
      await stopitnow.getByRole('button', { name: 'Open 1 hour longer today' }).click();
      const dialog = page.getByRole('dialog', { name: 'Keep Stop it Now open 1 hour longer today' });
      await expect(dialog.getByTestId('today-preview')).toHaveText(
        `Stop it Now stays open today until ${later} instead of ${closes}.`,
      );
      await dialog.getByRole('button', { name: 'Yes, 1 hour longer' }).click();
      await expect(stopitnow.getByTestId('today-state')).toHaveText(`Open today until ${later}`);
      await page.screenshot({ path: `${SHOTS}/16-longer-done-en.png` });
      const hours = (await (await context.request.get('/api/programmes/stopitnow/hours')).json()) as ProgrammeHours;
      expect(hours.exceptions.find((e) => e.date === amsterdamToday())).toMatchObject({ closes: later });
    } finally {
      await putHours(context.request, 'stopitnow', stored.stopitnow);
      await context.close();
    }
  });
});

import { expect, test } from '@playwright/test';
import {
  artifact,
  expectAccessible,
  openAllDayToday,
  putHours,
  saveHours,
  supervisorContext,
  visitorSocket,
  writeMailbox,
} from './supervisor-helpers';

test.describe('the live wall shows the mailbox and urgent chats (issues 19 and 20)', () => {
  test('a new mailbox thread counts as unanswered at once, with the oldest one’s age, at 1280 px and at 320 px', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await supervisorContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto('/supervisor');
      await expect(page.getByTestId('live-connection')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
      const helpwanted = page.getByTestId('live-helpwanted');
      const unanswered = helpwanted.getByTestId('tile-mailbox-unanswered').locator('dd').first();
      const before = Number(await unanswered.textContent());

      await writeMailbox('helpwanted', 'Iemand heeft mijn foto’s en wil geld. Ik durf niet te bellen.');
      // Written by a visitor, seen on the wall after the next push or load: read it again to be sure of the figure.
      await page.reload();
      await expect(unanswered).toHaveText(String(before + 1), { timeout: 15_000 });
      await expect(helpwanted.getByTestId('tile-mailbox-oldest').locator('dd').first()).toHaveText(
        /^\d+ (min \d+ s|s|u \d+ min|d \d+ u)$/,
      );
      // Just written: within the promise, so no mailbox alarm (other tests leave none overdue on this server).
      await expect(helpwanted.getByTestId('tile-mailbox-overdue').locator('dd').first()).toHaveText('0');
      await expect(helpwanted.getByTestId('tile-mailbox-overdue')).toContainText('alles binnen de belofte');
      await expect(page.locator('[data-reason="mailbox-overdue"]')).toHaveCount(0);
      await expectAccessible(page);
      await page.screenshot({ path: artifact('wall-mailbox-1280'), fullPage: true });

      await page.setViewportSize({ width: 320, height: 900 });
      await expect(helpwanted.getByTestId('mailbox-tiles')).toBeVisible();
      // Nothing wider than the screen: a supervisor on a phone scrolls down, never sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: artifact('wall-mailbox-320'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('an urgent chat waiting while nobody is available raises the urgent alarm, in words and sound, and is listed first', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const waiting = await visitorSocket();
    const urgent = await visitorSocket();
    try {
      await page.goto('/supervisor');
      await expect(page.getByTestId('live-connection')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
      const helpwanted = page.getByTestId('live-helpwanted');
      await expect(helpwanted.getByTestId('tile-available').locator('dd')).toHaveText('0');
      await expect(helpwanted.getByTestId('tile-urgent').locator('dd').first()).toHaveText('0');
      // A click lets the browser play sound, as a supervisor's first click would.
      await page.getByRole('heading', { level: 1 }).click();

      const first = await waiting.emitWithAck('queue:join', { programme: 'helpwanted' });
      expect(first.ok).toBe(true);
      const alarm = page.getByTestId('wait-alarm');
      await expect(alarm).toContainText('Helpwanted: er wacht iemand en er is geen medewerker beschikbaar.');
      await expect(alarm).not.toContainText('dringend');

      const joined = await urgent.emitWithAck('queue:join', {
        programme: 'helpwanted',
        intake: { urgency: 'self-harm', language: 'nl' },
      });
      expect(joined.ok).toBe(true);
      await expect(helpwanted.getByTestId('tile-urgent').locator('dd').first()).toHaveText('1');
      await expect(alarm).toContainText('Alarm: een dringende chat wacht');
      await expect(alarm).toContainText('Helpwanted: een dringende chat wacht en er is geen medewerker beschikbaar.');
      await expect(alarm.locator('[data-reason="urgent-nobody-available"]')).toHaveCount(1);
      // The urgent alarm says nobody is available; the plain wait alarm does not say it twice.
      await expect(alarm.locator('[data-reason="nobody-available"]')).toHaveCount(0);
      await expect(helpwanted.getByText('Alarm', { exact: true })).toBeVisible();
      await expect(page.getByTestId('alarm-sound')).not.toHaveAttribute('data-plays', '0');

      // Served first, and marked in words (not by colour alone), though it came second.
      const rows = page.getByTestId('queue-table').getByRole('row', { name: /Helpwanted/ });
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toContainText('Dringend: ik denk erover mezelf iets aan te doen');
      await expect(rows.nth(1)).not.toContainText('Dringend');
      await expectAccessible(page);
      await page.screenshot({ path: artifact('wall-urgent-alarm'), fullPage: true });

      if (joined.ok) await urgent.emitWithAck('conversation:leave', { conversationId: joined.conversationId });
      await expect(helpwanted.getByTestId('tile-urgent').locator('dd').first()).toHaveText('0');
      await expect(alarm.locator('[data-reason="urgent-nobody-available"]')).toHaveCount(0);
      await expect(alarm).toContainText('Helpwanted: er wacht iemand en er is geen medewerker beschikbaar.');
      if (first.ok) await waiting.emitWithAck('conversation:leave', { conversationId: first.conversationId });
      await expect(alarm).toHaveAttribute('data-alarm', 'false');
    } finally {
      waiting.disconnect();
      urgent.disconnect();
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await context.close();
    }
  });
});

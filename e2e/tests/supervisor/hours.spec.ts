import { ProgrammesAnswer } from '@helpline/shared/http';
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

test.describe('supervisor opening hours', () => {
  test('closing today in the hours page closes the chat for visitors at once', async ({ browser }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'stopitnow', openAllDayToday(stored.stopitnow));
    const page = await context.newPage();
    const stateOf = async () =>
      ProgrammesAnswer.parse(await (await context.request.get('/api/programmes')).json()).find(
        (p) => p.id === 'stopitnow',
      );
    try {
      expect((await stateOf())?.open).toBe(true);
      await page.goto('/supervisor/admin/hours?programme=stopitnow');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Openingstijden');
      await expect(page.getByTestId('hours-now')).toContainText('Nu open');

      await page.getByRole('button', { name: 'Vandaag sluiten' }).click();
      await expect(page.getByTestId('hours-now')).toContainText('Nu gesloten');
      await expect(page.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen.');

      const after = await stateOf();
      expect(after?.open).toBe(false);
      await page.goto('/');
      const card = page.locator('[data-programme="stopitnow"]');
      await expect(card).toHaveAttribute('data-open', 'false');
      await expect(card.getByTestId('programme-status')).toContainText('Gesloten');

      const visitor = await visitorSocket();
      const join = await visitor.emitWithAck('queue:join', { programme: 'stopitnow' });
      visitor.disconnect();
      expect(join).toMatchObject({ ok: false, error: { code: 'CLOSED' } });
    } finally {
      await putHours(context.request, 'stopitnow', stored.stopitnow);
      await context.close();
    }
  });

  test('a time that is not a time is refused with the field named, and nothing is stored', async ({ browser }) => {
    const context = await supervisorContext(browser);
    const before = await (await context.request.get('/api/programmes/helpwanted/hours')).json();
    const page = await context.newPage();
    try {
      await page.goto('/supervisor/admin/hours?programme=helpwanted');
      const opens = page.getByRole('textbox', { name: 'maandag 1: Open vanaf' });
      await opens.fill('25:99');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(page.getByTestId('save-status')).toHaveText(
        'Niet opgeslagen. Vaste week, maandag, ‘Open vanaf’: vul een tijd in als UU:MM, bijvoorbeeld 09:00.',
      );
      expect(await (await context.request.get('/api/programmes/helpwanted/hours')).json()).toEqual(before);
    } finally {
      await context.close();
    }
  });

  test('the mailbox reply promise in working days: refused out of range on its field, saved, and promised to visitors', async ({
    browser,
  }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto('/supervisor/admin/hours?programme=helpwanted');
      const days = page.getByRole('spinbutton', { name: 'Antwoordbelofte (werkdagen)' });
      await expect(days).toHaveValue(String(stored.helpwanted.mailboxReplyDays));
      await days.fill('0');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(page.getByTestId('save-status')).toHaveText(
        'Niet opgeslagen. Antwoordbelofte (werkdagen): kies een antwoordtermijn van 1 tot 30 werkdagen.',
      );
      await expect(days).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#mailbox-reply-days-error')).toHaveText(
        'Kies een antwoordtermijn van 1 tot 30 werkdagen.',
      );
      await expectAccessible(page);
      await page.getByTestId('mailbox-reply-days').scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifact('hours-reply-days-error') });

      await days.fill('5');
      await expect(page.getByTestId('mailbox-reply-preview')).toContainText('Wie vandaag schrijft, krijgt uiterlijk');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen.');
      await expect(days).toHaveAttribute('aria-invalid', 'false');
      const hours = (await (await context.request.get('/api/programmes/helpwanted/hours')).json()) as {
        mailboxReplyDays: number;
      };
      expect(hours.mailboxReplyDays).toBe(5);
      // The preview's day is the one a visitor writing now is promised.
      const written = await writeMailbox('helpwanted', 'Kan iemand me helpen? Ik weet niet wat ik moet doen.');
      const promised = new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      }).format(new Date(Date.parse(written.expectedReplyBy) - 1));
      await expect(page.getByTestId('mailbox-reply-preview')).toContainText(promised);
      await page.screenshot({ path: artifact('hours-reply-days-saved') });
    } finally {
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await context.close();
    }
  });
});

import { ProgrammesAnswer } from '@helpline/shared/http';
import { expect, test } from '@playwright/test';
import { openAllDayToday, putHours, saveHours, supervisorContext, visitorSocket } from './supervisor-helpers';

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
});

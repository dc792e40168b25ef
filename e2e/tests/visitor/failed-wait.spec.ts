import type { Page } from '@playwright/test';
import { startChat } from '../../fixtures/chat-page';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

/** After a failed wait: the phone number, when the chat is open, the mailbox and the advice page. */
const expectOtherHelp = async (page: Page) => {
  const help = page.getByTestId('other-help');
  await expect(help.getByRole('heading', { name: 'Andere manieren om hulp te krijgen' })).toBeVisible();
  await expect(help.getByTestId('help-phone')).toHaveText('020-261 52 75');
  await expect(help.getByTestId('help-phone')).toHaveAttribute('href', /^tel:/);
  await expect(help.getByTestId('help-hours')).toHaveText('Nu open, tot 24:00');
  await expect(help.getByRole('link', { name: 'Schrijf ons een bericht' })).toHaveAttribute(
    'href',
    '/mailbox/helpwanted',
  );
  await expect(help.getByRole('link', { name: 'Lees advies voor jouw situatie' })).toHaveAttribute(
    'href',
    '/advice/helpwanted',
  );
};

const survey = (page: Page) => page.getByText('Hoe vond je het gesprek?');

test.describe('when we fail a visitor, they are not left at a dead end', () => {
  test('a time-out: one apology, then the phone number, the hours, the mailbox and the advice; no survey', async ({
    page,
    hours,
  }) => {
    test.setTimeout(150_000);
    await hours.openWithMaxWait('helpwanted', 1);
    await startChat(page);
    await expect(page.getByTestId('queue-status')).toContainText('Je bent nummer 1 in de wachtrij.');
    await expect(page.getByTestId('ended')).toHaveText('Het is nu te druk. Sorry dat je zo lang moest wachten.', {
      timeout: 120_000,
    });
    await expect(page.getByText(/Sorry/)).toHaveCount(1);
    await expectOtherHelp(page);
    await expect(survey(page)).toHaveCount(0);
    await expectAccessible(page, 'timed out');
    await shot(page, 'failed-wait-1-timed-out', { desktop: true });
  });

  test('"Stoppen met wachten": the same help, and no question about a conversation that never was', async ({
    page,
    hours,
  }) => {
    await hours.open('helpwanted');
    await startChat(page);
    await page.getByRole('button', { name: 'Stoppen met wachten' }).click();
    await expect(page.getByTestId('ended')).toHaveText('Je bent gestopt met wachten.');
    await expectOtherHelp(page);
    await expect(survey(page)).toHaveCount(0);
    await expectAccessible(page, 'stopped waiting');
    await shot(page, 'failed-wait-2-abandoned');
  });

  test('a counsellor took the chat but nobody wrote: no survey either', async ({ page, hours, counsellor }) => {
    await hours.open('helpwanted');
    await counsellor.available();
    await startChat(page);
    await expect(page.getByTestId('chat-started')).toContainText('Anna is er voor je.');
    await page.getByRole('button', { name: 'Gesprek stoppen' }).click();
    await page.getByRole('button', { name: 'Ja, stoppen' }).click();
    await expect(page.getByTestId('ended')).toHaveText('Je hebt het gesprek gestopt.');
    await expect(survey(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Maak een terugkomcode' })).toBeVisible();
  });
});

import type { Server } from 'node:http';
import type { FrameLocator, Page } from '@playwright/test';
import { startHostPage } from '../../fixtures/host-page';
import { counsellorAnswers, urlsWithCode, watchUrls } from '../../fixtures/mailbox';
import { E2E_BASE_URL, E2E_HOST_ORIGIN } from '../../fixtures/server';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

// Tuesday 8 December 2026 in Amsterdam (UTC+1): 02:00, both chats closed; 09:00 the next morning.
const NIGHT = '2026-12-08T01:00:00Z';
const MORNING = '2026-12-08T08:00:00Z';
// Three working days after Tuesday: Wednesday, Thursday, Friday.
const PROMISE = 'Je krijgt antwoord uiterlijk vrijdag 11 december.';
const CODE = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/;

let host: Server;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(() => new Promise((resolve) => host.close(resolve)));

test.describe('the mailbox at night without JavaScript, on a 360 px phone', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  test.setTimeout(90_000);

  test('a visitor at 02:00 writes from the closed chat, reads the answer of 09:00 with the code, writes back and forgets it', async ({
    page,
    browser,
    hours,
    serverClock,
  }) => {
    await hours.published('helpwanted');
    serverClock.set(NIGHT);
    const urls = watchUrls(page);
    await page.goto('/chat/helpwanted');
    const closed = page.getByTestId('closed');
    await expect(closed).toBeVisible();
    await expect(page.getByTestId('programme-status')).toHaveText('Gesloten. De chat is weer open vandaag om 07:00');
    await shot(page, 'mailbox-night-1-closed-chat');
    await closed.getByRole('link', { name: 'Schrijf ons een bericht' }).click();
    await expect(page).toHaveURL(/\/mailbox\/helpwanted$/);

    await page
      .getByLabel('Je bericht')
      .fill('Ik kan niet slapen. Iemand dreigt mijn foto’s te delen als ik niet betaal.');
    await page.getByRole('button', { name: 'Verstuur je bericht' }).click();
    const code = (await page.getByTestId('mailbox-code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE);
    await expect(page.getByTestId('mailbox-due')).toContainText(PROMISE);
    await shot(page, 'mailbox-night-2-code');
    // A reload sends the same form again: the same code, and still one message.
    await page.reload();
    await expect(page.getByTestId('mailbox-code')).toHaveText(code);

    serverClock.set(MORNING);
    await counsellorAnswers(browser, code, 'Goed dat je ons schreef. Betaal niet: daarmee stopt het meestal niet.');

    await page.getByRole('link', { name: 'Naar de berichtenpagina' }).click();
    await expect(page).toHaveURL(/\/mailbox$/);
    await page.getByLabel('Je code').fill(code);
    await page.getByRole('button', { name: 'Open mijn berichten' }).click();
    const messages = page.getByTestId('mailbox-messages').getByRole('listitem');
    await expect(messages).toHaveCount(2);
    await expect(messages.nth(0)).toContainText('Jij · vandaag om 02:00');
    await expect(messages.nth(1)).toContainText('vandaag om 09:00');
    await expect(messages.nth(1)).toContainText('Betaal niet: daarmee stopt het meestal niet.');
    await shot(page, 'mailbox-night-3-answer');

    await page.getByLabel('Schrijf terug').fill('Dank je. Wat moet ik nu doen?');
    await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
    await expect(page.getByTestId('mailbox-replied')).toHaveText('Je bericht is verstuurd.');
    await expect(messages).toHaveCount(3);
    await expect(page.getByTestId('mailbox-state')).toHaveText(
      'We hebben je bericht. Je krijgt antwoord uiterlijk vrijdag 11 december.',
    );

    await page.getByRole('button', { name: 'Vergeet dit gesprek' }).click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(page.getByTestId('mailbox-forgotten')).toBeVisible();
    await page.goto('/mailbox');
    await page.getByLabel('Je code').fill(code);
    await page.getByRole('button', { name: 'Open mijn berichten' }).click();
    await expect(page.locator('#code-error')).toContainText('We kennen deze code niet.');
    expect(urlsWithCode(urls, code)).toEqual([]);
  });
});

test.describe('the mailbox at night inside the embed, with JavaScript', () => {
  test.use({ viewport: PHONE });

  const frameOf = (page: Page): FrameLocator => page.frameLocator('iframe[title="Chat"]');
  /** The address the frame shows now (the host page stays where it is). */
  const frameUrl = (page: Page) =>
    page
      .frames()
      .find((f) => f.url().startsWith(`${E2E_BASE_URL}/`))
      ?.url() ?? '';

  test('a visitor on another website at 02:00 writes in the frame, reads the answer of 09:00 there, writes back and forgets it', async ({
    page,
    browser,
    hours,
    serverClock,
  }) => {
    test.setTimeout(90_000);
    await hours.published('stopitnow');
    serverClock.set(NIGHT);
    const urls = watchUrls(page);
    await page.goto(`${E2E_HOST_ORIGIN}/nl/stopitnow`);
    await page.getByRole('button', { name: 'Anoniem chatten' }).click();
    const frame = frameOf(page);
    await expect(frame.getByTestId('closed')).toBeVisible();
    await expect(frame.getByTestId('programme-status')).toHaveText('Gesloten. De chat is weer open vandaag om 09:00');
    await expectAccessible(page, 'embed closed at night');
    await shot(page, 'mailbox-night-4-embed-closed');

    await frame.getByTestId('mailbox-offer').getByRole('link', { name: 'Schrijf ons een bericht' }).click();
    await expect.poll(() => frameUrl(page)).toMatch(/\/embed\/stopitnow\/mailbox$/);
    await expect(page).toHaveURL(`${E2E_HOST_ORIGIN}/nl/stopitnow`);
    await expectAccessible(page, 'embed mailbox write');
    await frame.getByLabel('Je bericht').fill('Ik maak me zorgen over mijn gedachten. Met wie kan ik praten?');
    await frame.getByRole('button', { name: 'Verstuur je bericht' }).click();
    const code = (await frame.getByTestId('mailbox-code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE);
    await expect(frame.getByTestId('mailbox-due')).toContainText(PROMISE);
    await expectAccessible(page, 'embed mailbox code');
    await shot(page, 'mailbox-night-5-embed-code');

    serverClock.set(MORNING);
    await counsellorAnswers(browser, code, 'Fijn dat je schrijft. Je bent niet de enige, en praten helpt.');

    await frame.getByRole('link', { name: 'Naar de berichtenpagina' }).click();
    await expect.poll(() => frameUrl(page)).toMatch(/\/embed\/stopitnow\/mailbox\/read$/);
    await frame.getByLabel('Je code').fill(code.toLowerCase());
    await frame.getByRole('button', { name: 'Open mijn berichten' }).click();
    const messages = frame.getByTestId('mailbox-messages').getByRole('listitem');
    await expect(messages).toHaveCount(2);
    await expect(messages.nth(1)).toContainText('vandaag om 09:00');
    await expect(messages.nth(1)).toContainText('Je bent niet de enige, en praten helpt.');
    await expectAccessible(page, 'embed mailbox answer');
    await shot(page, 'mailbox-night-6-embed-answer');

    await frame.getByLabel('Schrijf terug').fill('Dank je wel. Ik lees het nog een paar keer.');
    await frame.getByRole('button', { name: 'Verstuur', exact: true }).click();
    await expect(frame.getByTestId('mailbox-replied')).toHaveText('Je bericht is verstuurd.');
    await expect(messages).toHaveCount(3);

    await frame.getByRole('button', { name: 'Vergeet dit gesprek' }).click();
    await expectAccessible(page, 'embed mailbox forget confirm');
    await frame.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(frame.getByTestId('mailbox-forgotten')).toBeVisible();
    await frame.getByTestId('mailbox-back-to-chat').click();
    await expect.poll(() => frameUrl(page)).toMatch(/\/embed\/stopitnow$/);
    await page.goto(`${E2E_BASE_URL}/embed/stopitnow/mailbox/read`);
    await page.getByLabel('Je code').fill(code);
    await page.getByRole('button', { name: 'Open mijn berichten' }).click();
    await expect(page.locator('#code-error')).toContainText('We kennen deze code niet.');
    expect(urlsWithCode(urls, code)).toEqual([]);
  });
});

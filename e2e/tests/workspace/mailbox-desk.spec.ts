import { formDimensionsOf } from '@helpline/shared/domain';
import { MailboxListItem, MailboxWriteAnswer } from '@helpline/shared/http';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { z } from 'zod';
import { E2E_BASE_URL } from '../../fixtures/server';
import { shot } from '../../fixtures/shots';
import { expectAccessible } from '../../fixtures/visitor';
import { apiAs, goOffline, setPresence, workspaceIn, workspaceStaff } from '../../fixtures/workspace';

/** The state as the counsellor sees it at 1280 px and in a half-screen window of 800 px. */
const shoot = async (page: Page, name: string) => {
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 800 });
    await shot(page, `mailbox-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

const AMSTERDAM = 'Europe/Amsterdam';
/** "vandaag om 19:42" (or "morgen om 00:12"), as the workspace writes a time. */
const whenText = (date: Date) => {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM }).format(d);
  const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, hour: '2-digit', minute: '2-digit' });
  return `${day(date) === day(new Date()) ? 'vandaag' : 'morgen'} om ${clock.format(date)}`;
};

const visitorPost = (path: string, body: unknown) =>
  fetch(`${E2E_BASE_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: E2E_BASE_URL },
    body: JSON.stringify(body),
  });

/** A visitor leaves a message in the Helpwanted mailbox (as the page's form does) and keeps the code. */
const visitorWrites = async (body: string) => {
  const res = await visitorPost('/api/mailbox', {
    programme: 'helpwanted',
    body,
    intake: { ageBand: '12-18', about: 'self' },
  });
  expect(res.status).toBe(201);
  return MailboxWriteAnswer.parse(await res.json());
};

/** The thread's row in the mailbox list beside the queue. */
const thread = (page: Page, id: string) => page.getByTestId('mailbox-queue').locator(`[data-conversation-id="${id}"]`);
const dimension = (page: Page, id: string) => page.locator(`[data-dimension="${id}"]`);

/** The visitor reads the thread with the code on the mailbox page (JavaScript on, a phone). */
const visitorReads = async (browser: Browser, code: string) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/mailbox');
  await page.getByLabel('Je code').fill(code);
  await page.getByRole('button', { name: 'Open mijn berichten' }).click();
  return { context, page };
};

const contexts: BrowserContext[] = [];
const counsellorAt1280 = async (browser: Browser, username: string) => {
  const { context, page } = await workspaceIn(browser, username);
  contexts.push(context);
  return page;
};

const written: string[] = [];
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  // Forgotten: the threads leave the lists and counts of later tests.
  for (const code of written.splice(0)) await visitorPost('/api/mailbox/forget', { code });
  // Offline, as after a shift: no chat of a later test is routed to them.
  for (const username of [workspaceStaff().anna, workspaceStaff().bert]) await goOffline(username);
});

test.describe('the mailbox in the workspace', () => {
  test.describe.configure({ timeout: 90_000 });
  test('a counsellor claims, answers with a canned response, notes, tags and closes; a colleague finds it taken', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const { anna, bert } = workspaceStaff();
    const page = await counsellorAt1280(browser, anna);
    // Away, not offline: on shift, so a thread she answered comes back to her first; no chat is routed to her.
    await setPresence(page, 'Even weg');
    const count = page.getByTestId('mailbox-count');
    const api = await apiAs(anna);
    const unanswered = async () =>
      z
        .array(MailboxListItem)
        .parse(await (await api.get('/api/conversations?channel=mailbox&state=unanswered')).json());

    const { code, conversationId: id } = await visitorWrites(
      'Iemand dreigt mijn foto’s te verspreiden als ik niet betaal. Wat moet ik doen?',
    );
    written.push(code);
    // Live, without a reload: the snapshot brings the count, and the list is read again.
    const waiting = (await unanswered()).length;
    await expect(count.locator('[aria-hidden]')).toHaveText(String(waiting));
    await expect(count).toContainText(
      waiting === 1 ? '1 bericht wacht op antwoord' : `${waiting} berichten wachten op antwoord`,
    );
    const row = thread(page, id);
    await expect(row.getByTestId('mailbox-age')).toHaveText(/^wacht \d+ min$/);
    await expect(row.getByTestId('promise')).toHaveText('Op tijd');
    await expect(row).toContainText(/antwoord beloofd uiterlijk \w+dag \d+ \w+/);
    await expectAccessible(page, 'mailbox list');
    await shoot(page, 'list');

    // The colleague's list, read before Anna claims.
    const colleague = await counsellorAt1280(browser, bert);
    await expect(thread(colleague, id).getByRole('button', { name: /^Oppakken/ })).toBeVisible();

    await row.getByRole('button', { name: /^Oppakken: Helpwanted, wacht \d+ min$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/workspace/mailbox/${id}$`));
    await expect(page.getByTestId('mailbox-thread')).toHaveAttribute('data-state', 'unanswered');
    await expect(page.getByRole('log')).toContainText('Iemand dreigt mijn foto’s te verspreiden');
    // The claim lapses 30 minutes after it was made: the page says until when.
    const listed = (await unanswered()).find((item) => item.id === id);
    const until = new Date(listed?.claimExpiresAt ?? 0);
    expect(until.getTime() - Date.now()).toBeGreaterThan(28 * 60_000);
    expect(until.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    await expect(page.getByTestId('claim-line')).toContainText(
      `Jij beantwoordt dit bericht. Je claim loopt tot ${whenText(until)}: zonder antwoord vervalt hij dan`,
    );
    await expect(page.getByRole('complementary', { name: 'Dossier' })).toContainText('leeftijd 12-18 · over zichzelf');
    await expectAccessible(page, 'mailbox thread claimed');
    await shoot(page, 'claimed');

    // The colleague, a moment late: CONFLICT, told with who holds it.
    await thread(colleague, id)
      .getByRole('button', { name: /^Oppakken/ })
      .click();
    await expect(thread(colleague, id).getByTestId('claim-refused')).toHaveText('Anna beantwoordt dit bericht al.');
    await expect(thread(colleague, id).getByTestId('mailbox-holder')).toHaveText('Anna beantwoordt dit');
    await expect(thread(colleague, id).getByRole('button', { name: /^Oppakken/ })).toHaveCount(0);
    await expectAccessible(colleague, 'mailbox claim refused');
    await shoot(colleague, 'taken');

    // The answer, from a canned response.
    await page.getByRole('button', { name: 'Standaardteksten' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Niet betalen/ })
      .click();
    await expect(page.getByLabel('Bericht aan de bezoeker')).toHaveValue(/^Wordt je gechanteerd\? Betaal niet/);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect(page.getByRole('log').getByTestId('message')).toHaveCount(2);
    await expect(page.getByRole('log').getByTestId('message').last()).toHaveAttribute('data-sender', 'counsellor');
    await expect(page.getByTestId('thread-state')).toHaveText('Beantwoord');
    await expect(page.getByLabel('Bericht aan de bezoeker')).toHaveValue('');

    await page.getByRole('tab', { name: /Notities/ }).click();
    await page.getByLabel('Interne notitie (de bezoeker ziet dit nooit)').fill('Kijkt morgen of er een reactie is.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(page.getByTestId('notes')).toContainText('Kijkt morgen of er een reactie is.');

    // Closing needs complete tags, as a chat does.
    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
    await expect(page.getByTestId('tag-status')).toContainText('onderdelen invullen voordat je afrondt');
    await expectAccessible(page, 'mailbox tags missing');
    await shoot(page, 'tags-missing');
    // What the intake said is filled in already (age 12-18, about themselves).
    await expect(dimension(page, 'ageBand').getByRole('radio', { name: '12-18' })).toBeChecked();
    for (const d of formDimensionsOf('helpwanted').filter((d) => !d.when && !['ageBand', 'contactRole'].includes(d.id)))
      await dimension(page, d.id)
        .locator('label')
        .filter({ hasText: /^onbekend$/ })
        .click();
    await page.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
    await expect(page.getByTestId('thread-status')).toHaveText('Bericht getagd en afgesloten.');
    await expect(page.getByTestId('thread-state')).toHaveText('Afgesloten');
    await expect(page.getByTestId('claim-line')).toContainText('Dit bericht is afgesloten.');
    await expect(page.getByLabel('Bericht aan de bezoeker')).toHaveCount(0);
    await expectAccessible(page, 'mailbox thread closed');
    await shoot(page, 'closed');

    // Every state can be looked up: the closed thread under its tab.
    await page.getByRole('link', { name: 'Terug naar het postvak' }).click();
    await page.getByRole('tab', { name: 'Afgesloten' }).click();
    await expect(page.getByTestId('mailbox-list').locator(`[data-conversation-id="${id}"]`)).toBeVisible();
    await expectAccessible(page, 'mailbox page');
    await shoot(page, 'page');

    // The visitor reads the answer with the code, and writes back: the thread is unanswered again, Anna's first.
    const reader = await visitorReads(browser, code);
    await expect(reader.page.getByTestId('mailbox-messages')).toContainText('Betaal niet en stuur geen nieuwe beelden');
    await expect(reader.page.getByTestId('mailbox-messages')).not.toContainText('Kijkt morgen');
    await reader.page.getByLabel('Schrijf terug').fill('Dank je. Hij blijft berichten sturen.');
    await reader.page.getByRole('button', { name: 'Verstuur', exact: true }).click();
    await expect(reader.page.getByTestId('mailbox-replied')).toBeVisible();
    await reader.context.close();
    await expect(thread(page, id).getByTestId('mailbox-holder')).toHaveText('Jij beantwoordt dit');
    await thread(page, id).getByRole('link', { name: 'Openen' }).click();
    await expect(page.getByRole('log')).toContainText('Hij blijft berichten sturen.');
    await expect(page.getByTestId('thread-state')).toHaveText('Wacht op antwoord');
    await api.dispose();
  });

  test('in English: the mailbox page lists the thread with its age and promise, and claims it', async ({ browser }) => {
    const { anna } = workspaceStaff();
    const { code, conversationId: id } = await visitorWrites('Is this the right place to ask?');
    written.push(code);
    const page = await counsellorAt1280(browser, anna);
    await page.goto('/en/workspace/mailbox');
    await expect(page.getByRole('heading', { level: 2, name: 'Mailbox', exact: true })).toBeVisible();
    const row = page.getByTestId('mailbox-list').locator(`[data-conversation-id="${id}"]`);
    await expect(row.getByTestId('mailbox-age')).toHaveText(/^waiting \d+ min$/);
    await expect(row.getByTestId('promise')).toHaveText('On time');
    await row.getByRole('button', { name: /^Claim: Helpwanted/ }).click();
    await expect(page.getByTestId('claim-line')).toContainText(
      'You are answering this message. Your claim holds until',
    );
    await expect(page.getByRole('tab', { name: 'Tags' })).toBeVisible();
    await expectAccessible(page, 'mailbox thread in English');
    await shoot(page, 'claimed-en');
  });

  test('a thread opened to read shows who answers it, and offers the claim when nobody does', async ({ browser }) => {
    const { anna } = workspaceStaff();
    const { code, conversationId: id } = await visitorWrites('Ik weet niet goed hoe ik dit moet vragen.');
    written.push(code);
    const page = await counsellorAt1280(browser, anna);
    await page.goto(`/workspace/mailbox/${id}`);
    await expect(page.getByTestId('claim-line')).toContainText('Pak dit bericht op om te antwoorden');
    await expect(page.getByLabel('Bericht aan de bezoeker')).toHaveCount(0);
    await page.getByTestId('claim-line').getByRole('button', { name: 'Oppakken' }).click();
    await expect(page.getByTestId('claim-line')).toContainText('Jij beantwoordt dit bericht.');
    await expect(page.getByLabel('Bericht aan de bezoeker')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('claim-line')).toContainText('Jij beantwoordt dit bericht.');
  });
});

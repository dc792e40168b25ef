import { type Browser, expect, type Page, test } from '@playwright/test';
import { chimeTones, countChimes } from '../../fixtures/chimes';
import {
  endShift,
  openWorkspace,
  setPresence,
  type TestVisitor,
  visitor,
  workspaceStaff,
} from '../../fixtures/workspace';

const counsellorPage = async (browser: Browser, username: string) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await countChimes(page);
  await openWorkspace(page, username);
  return page;
};

const myChats = (page: Page) => page.getByTestId('my-chat');

let visitors: TestVisitor[] = [];
test.afterEach(async () => {
  await endShift(visitors, [workspaceStaff().anna, workspaceStaff().bert]);
  visitors = [];
});

test.describe('a shift in the workspace', () => {
  test('two counsellors and three visitors: routing, concurrent chats, unread counts, typing, transfer with a note', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const { anna, bert } = workspaceStaff();
    const annaPage = await counsellorPage(browser, anna);
    const bertPage = await counsellorPage(browser, bert);
    await setPresence(annaPage, 'Beschikbaar');
    await setPresence(bertPage, 'Beschikbaar');
    await expect(annaPage.getByTestId('capacity')).toContainText('0 van 3 gesprekken');

    for (const about of ['self', 'other', 'self'] as const)
      visitors.push(await visitor('helpwanted', { ageBand: '12-18', about, language: 'nl' }));
    // Routing spreads the three chats: fewest active chats first.
    await expect.poll(async () => (await myChats(annaPage).count()) + (await myChats(bertPage).count())).toBe(3);
    const [busy, calm] = (await myChats(annaPage).count()) === 2 ? [annaPage, bertPage] : [bertPage, annaPage];
    await expect(myChats(busy)).toHaveCount(2);
    await expect(myChats(calm)).toHaveCount(1);
    await expect(busy.getByTestId('capacity')).toContainText('2 van 3 gesprekken');
    // Each routed chat announced itself with the chime (two tones each).
    await expect.poll(() => chimeTones(busy)).toBe(4);
    await expect.poll(() => chimeTones(calm)).toBe(2);

    // The busy counsellor looks at the first chat; the second one collects unread messages.
    const busyIds = await myChats(busy).evaluateAll((els) => els.map((el) => el.getAttribute('data-conversation-id')));
    await myChats(busy).first().click();
    const second = visitors.find((v) => v.conversationId === busyIds[1]);
    const first = visitors.find((v) => v.conversationId === busyIds[0]);
    if (!first || !second) throw new Error('chats not found');
    await expect(busy).toHaveTitle(/Nieuw gesprek/);
    await second.say('Hallo, is daar iemand?');
    await second.say('Ik weet niet wat ik moet doen');
    const secondItem = busy.locator(`[data-conversation-id="${second.conversationId}"]`);
    await expect(secondItem.getByTestId('unread')).toContainText('2');
    await expect(busy).toHaveTitle(/^● Nieuw gesprek · \(2\) Werkplek/);

    // Concurrent chats: answer the first, then switch to the second; its unread count clears.
    await first.say('Ik wil iets vragen');
    await expect(busy.getByRole('log')).toContainText('Ik wil iets vragen');
    await busy.getByLabel('Bericht aan de bezoeker').fill('Fijn dat je er bent. Vertel maar.');
    await busy.keyboard.press('Enter');
    await expect.poll(() => first.messages.map((m) => m.body)).toContain('Fijn dat je er bent. Vertel maar.');
    await secondItem.click();
    await expect(secondItem.getByTestId('unread')).toHaveCount(0);
    await expect(busy).toHaveTitle('Werkplek');
    await expect(busy.getByRole('log')).toContainText('Ik weet niet wat ik moet doen');

    // Typing, both ways.
    second.socket.emit('typing', { conversationId: second.conversationId, typing: true });
    await expect(busy.getByText('Bezoeker typt…').first()).toBeVisible();
    await busy.getByLabel('Bericht aan de bezoeker').pressSequentially('Ik ben');
    await expect.poll(() => second.typing).toContain(true);

    // Transfer to the colleague, with a handover note the receiver sees first.
    await busy.getByRole('button', { name: 'Overdragen' }).click();
    const dialog = busy.getByRole('dialog', { name: 'Gesprek overdragen' });
    await dialog.getByLabel('Collega', { exact: true }).selectOption({ label: await calmLabel(calm) });
    await dialog.getByLabel('Overdrachtsnotitie').fill('Gaat over chantage, voorzichtig aanpakken.');
    await dialog.getByRole('button', { name: 'Overdragen' }).click();
    await expect(dialog).toBeHidden();
    await expect(myChats(busy)).toHaveCount(1);
    await expect(busy.getByTestId('notice')).toContainText('Gesprek overgedragen');
    await expect(myChats(calm)).toHaveCount(2);
    await calm.locator(`[data-conversation-id="${second.conversationId}"]`).click();
    await expect(calm.getByTestId('handover')).toContainText('Gaat over chantage, voorzichtig aanpakken.');
    await expect(calm.getByRole('log')).toContainText('Ik weet niet wat ik moet doen');
    await second.say('Ben je er nog?');
    await expect(calm.getByRole('log')).toContainText('Ben je er nog?');
  });

  test('two counsellors accept the same visitor: one gets the chat, the other a clear message', async ({ browser }) => {
    const { anna, bert } = workspaceStaff();
    const annaPage = await counsellorPage(browser, anna);
    const bertPage = await counsellorPage(browser, bert);
    await setPresence(annaPage, 'Even weg');
    await setPresence(bertPage, 'Even weg');
    visitors.push(await visitor('stopitnow', { about: 'self', ageBand: '26-40' }));
    for (const page of [annaPage, bertPage]) {
      await expect(page.getByTestId('queue-item')).toHaveCount(1);
      await expect(page.getByTestId('queue-item')).toContainText('leeftijd 26-40 · over zichzelf');
    }
    // Both press at once. A Playwright click waits for the button to be stable, long enough for the winner's queue
    // update to remove it from the other page; pressing in the page itself keeps the race the server must decide.
    const press = (page: Page) =>
      page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid="queue-item"] button');
        if (!button) throw new Error('no accept button');
        button.click();
      });
    await Promise.all([press(annaPage), press(bertPage)]);
    await expect.poll(async () => (await myChats(annaPage).count()) + (await myChats(bertPage).count())).toBe(1);
    const [winner, loser] = (await myChats(annaPage).count()) === 1 ? [annaPage, bertPage] : [bertPage, annaPage];
    await expect(loser.getByTestId('notice')).toHaveText(/Een collega heeft dit gesprek net aangenomen/);
    await expect(loser.getByTestId('queue-item')).toHaveCount(0);
    await expect(winner.getByRole('log')).toBeVisible();
    // No chime for a chat taken by hand.
    expect(await chimeTones(winner)).toBe(0);
  });

  test('muted alerts stay quiet; a chat handed to the other programme waits there and its taker reads the note first', async ({
    browser,
  }) => {
    const { anna, bert } = workspaceStaff();
    const annaPage = await counsellorPage(browser, anna);
    await annaPage.getByRole('button', { name: 'Meldingen' }).click();
    await annaPage.getByLabel('Geluid bij nieuw gesprek').uncheck();
    await annaPage.getByLabel('Tabtitel bij nieuw gesprek').uncheck();
    await annaPage.keyboard.press('Escape');
    await annaPage.reload();
    await expect(annaPage.getByTestId('connection')).toHaveText('Verbonden');
    await annaPage.getByRole('button', { name: 'Meldingen' }).click();
    await expect(annaPage.getByLabel('Geluid bij nieuw gesprek')).not.toBeChecked();
    await annaPage.keyboard.press('Escape');

    const bertPage = await counsellorPage(browser, bert);
    await setPresence(bertPage, 'Even weg');
    await setPresence(annaPage, 'Beschikbaar');
    const v = await visitor('helpwanted', { about: 'other' });
    visitors.push(v);
    await expect(myChats(annaPage)).toHaveCount(1);
    await v.say('Mijn zoon kijkt misschien naar verkeerde dingen');
    await myChats(annaPage).first().click();
    await expect(annaPage).toHaveTitle('Werkplek');
    expect(await chimeTones(annaPage)).toBe(0);

    await setPresence(annaPage, 'Even weg');
    await annaPage.getByRole('button', { name: 'Overdragen' }).click();
    const dialog = annaPage.getByRole('dialog', { name: 'Gesprek overdragen' });
    await dialog.getByLabel('Het programma Stop it Now (wachtrij)').check();
    await dialog.getByLabel('Overdrachtsnotitie').fill('Ouder bezorgd over zoon: past beter bij Stop it Now.');
    await dialog.getByRole('button', { name: 'Overdragen' }).click();
    await expect(myChats(annaPage)).toHaveCount(0);
    await expect(bertPage.getByTestId('queue-item')).toHaveCount(1);
    await expect(bertPage.getByTestId('queue-item')).toContainText('SiN');
    await bertPage
      .getByTestId('queue-item')
      .getByRole('button', { name: /Aannemen/ })
      .click();
    await expect(bertPage.getByTestId('handover')).toContainText(
      'Ouder bezorgd over zoon: past beter bij Stop it Now.',
    );
    await expect(bertPage.getByRole('log')).toContainText('Mijn zoon kijkt misschien naar verkeerde dingen');
    await expect(bertPage.getByRole('log')).toContainText('Overgedragen naar Stop it Now.');
  });

  test('the optional desktop notification says a chat arrived and for which programme, never what anyone wrote', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shown: { title: string; body?: string }[] };
      w.shown = [];
      class FakeNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        onclick: (() => void) | null = null;
        constructor(title: string, options?: { body?: string }) {
          w.shown.push({ title, body: options?.body });
        }
        close() {}
      }
      Object.defineProperty(window, 'Notification', { value: FakeNotification });
      // The tab is in the background: that is when the notification matters.
      Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    });
    await openWorkspace(page, workspaceStaff().anna);
    await page.getByRole('button', { name: 'Meldingen' }).click();
    await page.getByLabel('Bureaubladmelding (zonder berichttekst)').check();
    await expect(page.getByLabel('Bureaubladmelding (zonder berichttekst)')).toBeChecked();
    await page.keyboard.press('Escape');
    await setPresence(page, 'Beschikbaar');
    const v = await visitor('stopitnow');
    visitors.push(v);
    await expect(page.locator(`[data-conversation-id="${v.conversationId}"]`)).toBeVisible();
    await v.say('Dit is geheim en hoort niet in een melding');
    await expect(page.getByRole('log')).toContainText('Dit is geheim');
    const shown = await page.evaluate(() => (window as unknown as { shown: unknown[] }).shown);
    expect(shown).toEqual([{ title: 'Nieuw gesprek toegewezen', body: 'Een gesprek voor Stop it Now wacht op je.' }]);
    await context.close();
  });
});

/** The option text of the calm counsellor in the colleague list: their alias first. */
const calmLabel = async (calm: Page) => {
  const alias = ((await calm.getByTestId('signed-in-as').textContent()) ?? '').replace('Ingelogd als ', '');
  return `${alias} · Beschikbaar · 1 van 3 gesprekken`;
};

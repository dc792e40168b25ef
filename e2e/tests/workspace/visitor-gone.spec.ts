import { expect, test } from '@playwright/test';
import { send, startChat } from '../../fixtures/chat-page';
import { closeContexts, counsellorAt1280, shot, visitorPhone } from '../../fixtures/shots';
import { boss, endShift, setPresence, workspaceStaff } from '../../fixtures/workspace';

test.afterEach(async () => {
  await closeContexts();
  await endShift([], [workspaceStaff().anna]);
});

const endChat = async (page: import('@playwright/test').Page) => {
  await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
  await page.getByRole('button', { name: 'Ja, beëindigen' }).click();
  await expect(page.getByTestId('ended-banner')).toBeVisible();
};

test.describe('the counsellor learns that the visitor has gone (issue 17, item 7)', () => {
  test('a closed tab says "De bezoeker is weg"; a quick exit says so too', async ({ browser }) => {
    test.setTimeout(90_000);
    const anna = await counsellorAt1280(browser, workspaceStaff().anna);
    await setPresence(anna, 'Beschikbaar');

    const first = await visitorPhone(browser);
    await startChat(first.page, { ageBand: '12-18', about: 'Over mezelf' });
    await expect(anna.getByTestId('my-chat')).toHaveCount(1);
    await send(first.page, 'Hallo, ik weet niet of ik dit wel mag vragen');
    await expect(anna.getByRole('log')).toContainText('ik weet niet of ik dit wel mag vragen');
    await expect(anna.getByTestId('visitor-gone')).toHaveCount(0);

    // The visitor closes the tab: the chat stays open, and the counsellor sees plainly that nobody is there.
    await first.context.close();
    await expect(anna.getByTestId('visitor-gone')).toContainText('De bezoeker is weg', { timeout: 15_000 });
    await expect(anna.getByTestId('my-chat')).toContainText('Bezoeker is weg');
    await shot(anna, 'item7-visitor-gone');
    await endChat(anna);

    // Another visitor leaves with the quick exit.
    const second = await visitorPhone(browser);
    await startChat(second.page, { ageBand: '19-25', about: 'Over iemand anders' });
    await expect(anna.getByTestId('my-chat')).toHaveCount(2);
    await anna.getByTestId('my-chat').nth(1).click();
    await send(second.page, 'Mijn zusje wordt gechanteerd');
    await expect(anna.getByRole('log')).toContainText('Mijn zusje wordt gechanteerd');
    await second.page.getByRole('link', { name: /Snel weg/ }).click();
    await expect(anna.getByTestId('ended-banner')).toContainText('De bezoeker heeft snel weg gedrukt.');
    await expect(anna.getByTestId('ended-banner')).not.toContainText('De bezoeker heeft het gesprek beëindigd');
    await shot(anna, 'item7-quick-exit');
    await second.context.close();
  });

  test('a visitor who left the queue is no longer offered after a minute, and counts as missed', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const supervisor = await boss();
    const abandoned = async () =>
      ((await (await supervisor.get('/api/supervisor/missed')).json()) as { byKind: { abandoned: number } }).byKind
        .abandoned;
    const before = await abandoned();
    const anna = await counsellorAt1280(browser, workspaceStaff().anna);
    await setPresence(anna, 'Even weg');
    const ghost = await visitorPhone(browser);
    await startChat(ghost.page, { ageBand: '26+', about: 'Over mezelf' });
    await expect(anna.getByTestId('queue-item')).toHaveCount(1);
    await ghost.context.close();
    // Gone for more than 60 s: out of the queue (not at the 120 minutes' maximum wait).
    await expect(anna.getByTestId('queue-item')).toHaveCount(0, { timeout: 100_000 });
    await shot(anna, 'item7-ghost-gone-from-queue');
    expect(await abandoned()).toBe(before + 1);
    await supervisor.dispose();
  });
});

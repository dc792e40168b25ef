import { expect, type Locator, test } from '@playwright/test';
import { closeContexts, counsellorAt1280, shot } from '../../fixtures/shots';
import {
  closeOutLeftovers,
  endShift,
  setPresence,
  type TestVisitor,
  visitor,
  workspaceStaff,
} from '../../fixtures/workspace';

const visitors: TestVisitor[] = [];
test.afterEach(async () => {
  await closeContexts();
  await endShift(visitors.splice(0), [workspaceStaff().anna]);
});

/** Shown whole: nothing cut by its own box (ellipsis) or by the pane around it. */
const expectWhole = async (element: Locator, within: Locator) => {
  const cut = await element.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(cut).toBe(false);
  const box = await element.boundingBox();
  const outer = await within.boundingBox();
  if (!box || !outer) throw new Error('not laid out');
  expect(box.x).toBeGreaterThanOrEqual(outer.x);
  expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
};

test('at 1280 px the chat header and the returning badge are whole; the earlier transcript speaks Dutch (issue 17, item 12)', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { anna } = workspaceStaff();
  const page = await counsellorAt1280(browser, anna);
  await setPresence(page, 'Beschikbaar');
  const before = await visitor('stopitnow', { ageBand: '41-60', about: 'other' });
  visitors.push(before);
  await expect(page.locator(`[data-conversation-id="${before.conversationId}"]`)).toBeVisible();
  await before.say('Ik maak me zorgen over mijn broer');
  await page.getByLabel('Bericht aan de bezoeker').fill('Goed dat je schrijft. Wat maakt je ongerust?');
  await page.keyboard.press('Enter');
  await expect.poll(() => before.messages.some((m) => m.sender === 'counsellor')).toBe(true);
  const code = await before.returnCode();
  await before.leave();
  await closeOutLeftovers(anna);
  await page.reload();
  await expect(page.getByTestId('my-chat')).toHaveCount(0);

  const back = await visitor('stopitnow', { returnCode: code, ageBand: '41-60', about: 'other' });
  visitors.push(back);
  await expect(page.locator(`[data-conversation-id="${back.conversationId}"]`)).toBeVisible();
  const pane = page.getByRole('region', { name: /^Gesprek sinds/ });
  const heading = page.getByRole('heading', { name: /^Gesprek sinds \d\d:\d\d$/ });
  await expect(heading).toBeVisible();
  await expectWhole(heading, pane);
  const badge = pane.getByText('Terugkerende bezoeker');
  await expect(badge).toBeVisible();
  await expectWhole(badge, pane);
  await expectWhole(pane.getByRole('button', { name: 'Overdragen' }), pane);
  await expectWhole(pane.getByRole('button', { name: 'Gesprek beëindigen' }), pane);
  await shot(page, 'item12-header-1280');

  await page.getByRole('tab', { name: 'Eerder' }).click();
  await page.getByTestId('earlier').getByRole('button', { name: 'Transcript openen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transcript' });
  await expect(dialog).toContainText('Ik maak me zorgen over mijn broer');
  const lines = dialog.getByTestId('transcript-message');
  await expect(lines.filter({ hasText: 'Ik maak me zorgen' })).toContainText('Bezoeker');
  await expect(lines.filter({ hasText: 'Goed dat je schrijft' })).toContainText('Anna');
  await expect(dialog).not.toContainText(/\bvisitor\b|\bcounsellor\b/);
  await shot(page, 'item12-earlier-transcript');
});

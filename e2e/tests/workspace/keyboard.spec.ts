import { ConversationDetail } from '@helpline/shared/http';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { annasShift, apiAs, openWorkspace, setPresence, visitor, workspaceStaff } from '../../fixtures/workspace';

const visitors = annasShift();

/** Tab (forward) until `target` has the focus, as someone without a mouse would. */
const tabTo = async (page: Page, target: Locator, max = 60) => {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the element with Tab');
};
const field = (page: Page, dimension: string, value: string) =>
  page.locator(`[data-dimension="${dimension}"] input[value="${value}"]`);

test('a keyboard-only walkthrough accepts, answers, tags and closes a chat', async ({ page }) => {
  await openWorkspace(page, workspaceStaff().anna);
  await setPresence(page, 'Even weg');
  const v = await visitor('stopitnow', { about: 'self' });
  visitors.push(v);
  await expect(page.getByTestId('queue-item')).toHaveCount(1);

  await page.keyboard.press('Alt+A');
  await expect(page.getByTestId('my-chat')).toHaveCount(1);
  await expect(page.getByTestId('queue-item')).toHaveCount(0);
  await page.keyboard.press('Alt+M');
  await expect(page.getByLabel('Bericht aan de bezoeker')).toBeFocused();
  await page.keyboard.type('Goedenavond, fijn dat je er bent.');
  await page.keyboard.press('Enter');
  await expect.poll(() => v.messages.map((m) => m.body)).toContain('Goedenavond, fijn dat je er bent.');

  await page.keyboard.press('Alt+E');
  const dialog = page.getByRole('dialog', { name: 'Gesprek beëindigen' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Ja, beëindigen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ended-banner')).toBeVisible();

  await page.keyboard.press('Alt+T');
  await expect(field(page, 'gender', 'male')).toBeFocused();
  await page.keyboard.press('Space');
  const steps: [string, string][] = [
    ['contactType', 'worried-about-self'],
    ['concerns', 'potential-viewer'],
    ['ageBand', '18-25'],
    ['foundVia', 'internet'],
    ['actions', 'information-only'],
  ];
  for (const [dimension, value] of steps) {
    const target = field(page, dimension, value);
    if ((await target.getAttribute('type')) === 'checkbox') {
      await tabTo(page, target);
      await page.keyboard.press('Space');
      continue;
    }
    // A radio group is one Tab stop: Space chooses the first value, the arrow keys move on and choose.
    await tabTo(page, page.locator(`[data-dimension="${dimension}"] input`).first());
    await page.keyboard.press('Space');
    while (!(await target.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowRight');
  }
  await tabTo(page, page.getByRole('button', { name: 'Opslaan en afronden' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('my-chat')).toHaveCount(0);

  const api = await apiAs(workspaceStaff().anna);
  const stored = ConversationDetail.parse(await (await api.get(`/api/conversations/${v.conversationId}`)).json());
  expect(stored.tags).toEqual({
    gender: 'male',
    contactType: 'worried-about-self',
    concerns: ['potential-viewer'],
    ageBand: '18-25',
    foundVia: 'internet',
    actions: ['information-only'],
  });
});

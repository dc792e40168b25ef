import type { Page } from '@playwright/test';
import { bodies } from '../../fixtures/chat-page';
import { expect, test } from '../../fixtures/visitor';

/** Presses Tab until the control with that accessible name has focus, as a keyboard user would. */
const tabTo = async (page: Page, role: 'button' | 'radio' | 'link', name: string) => {
  const target = page.getByRole(role, { name, exact: true });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${name} was not reached with Tab`);
};

test('a keyboard-only chat: notice, skip, messages, ending and survey without a mouse', async ({
  page,
  hours,
  counsellor,
}) => {
  await hours.open('helpwanted');
  await page.goto('/chat/helpwanted');
  await tabTo(page, 'button', 'Ik begrijp het');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Een paar vragen' })).toBeFocused();
  await tabTo(page, 'button', 'Overslaan en meteen chatten');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Je staat in de wachtrij' })).toBeFocused();

  const assigned = counsellor.nextAssigned();
  await counsellor.available();
  const { id } = await assigned;
  await expect(page.getByLabel('Je bericht')).toBeFocused();
  await page.keyboard.type('Ik typ alleen met het toetsenbord.');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();
  await counsellor.send(id, 'Dat gaat goed zo.');
  await expect(bodies(page)).toHaveText(['Ik typ alleen met het toetsenbord.', 'Dat gaat goed zo.']);

  await tabTo(page, 'button', 'Gesprek stoppen');
  await page.keyboard.press('Enter');
  await tabTo(page, 'button', 'Ja, stoppen');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ended')).toBeFocused();
  // A radio group is one Tab stop; the arrow keys choose within it.
  await tabTo(page, 'radio', '1, slecht');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await tabTo(page, 'button', 'Verstuur');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bedankt voor je antwoord.')).toBeVisible();
});

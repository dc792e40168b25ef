import { send, startChat } from '../../fixtures/chat-page';
import { EXIT_URL, expectNoWayBack, expectTokenForgotten, pressShiftThrice, routeExit } from '../../fixtures/exit';
import { expect, test } from '../../fixtures/visitor';

test.describe('quick exit on the chat page', () => {
  for (const how of ['click', 'Shift x3'] as const) {
    test(`by ${how} mid-chat: the chat is gone, Back does not show it, storage is empty, the server refuses the old token`, async ({
      page,
      hours,
      counsellor,
    }) => {
      await routeExit(page);
      await hours.open('helpwanted');
      const assigned = counsellor.nextAssigned();
      await counsellor.available();
      await startChat(page);
      const { id } = await assigned;
      await send(page, 'Dit mag niemand zien.');
      await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();
      const token = (await page.evaluate(() => sessionStorage.getItem('helpline.token'))) ?? '';
      expect(token).not.toBe('');

      if (how === 'click') await page.getByRole('link', { name: /Snel weg/ }).click();
      else await pressShiftThrice(page);
      await expect(page).toHaveURL(EXIT_URL);

      await expectNoWayBack(page);
      await expectTokenForgotten(token, id);
    });
  }

  test('the quick exit is the first thing the keyboard reaches, 44 px high, and stays visible over the composer at 320 px', async ({
    page,
    hours,
    counsellor,
  }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await hours.open('helpwanted');
    await page.goto('/chat/helpwanted');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Snel weg/ })).toBeFocused();
    await counsellor.available();
    await startChat(page);
    await expect(page.getByLabel('Je bericht')).toBeFocused();
    const exit = page.getByRole('link', { name: /Snel weg/ });
    await expect(exit).toBeInViewport();
    const box = await exit.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('typing capitals does not trigger it: only Shift alone, three times in a row', async ({ page, hours }) => {
    await hours.open('helpwanted');
    await page.goto('/chat/helpwanted');
    await page.getByRole('button', { name: 'Ik begrijp het' }).click();
    await page.getByText('Ik heb een terugkomcode').click();
    const code = page.getByLabel('Terugkomcode (als je die hebt)');
    await code.focus();
    await page.keyboard.type('ABC DEF');
    await expect(code).toHaveValue('ABC DEF');
    await expect(page).toHaveURL(/\/chat\/helpwanted$/);
  });
});

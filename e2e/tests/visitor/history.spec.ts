import { joinFromIntake } from '../../fixtures/chat-page';
import { EXIT_URL, expectNoWayBack, pressShiftThrice, routeExit } from '../../fixtures/exit';
import { E2E_BASE_URL } from '../../fixtures/server';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

test.describe('quick exit leaves no page of ours behind Back, however the visitor got to the chat', () => {
  test('from the landing page to the chat, then quick exit: Back does not show the landing page', async ({
    page,
    hours,
  }) => {
    await routeExit(page);
    await hours.open('helpwanted');
    await page.goto('/');
    await expect(page.getByTestId('exit-hint')).toHaveText(
      'Snel weg kan ook met 3 keer Shift. Wis daarna je browsergeschiedenis.',
    );
    await expectAccessible(page, 'landing with the exit hint');
    await shot(page, 'history-1-landing', { desktop: true });
    const entries = await page.evaluate(() => history.length);

    await page.getByRole('link', { name: 'Chatten met Helpwanted' }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/chat/helpwanted`);
    // The chat replaced the landing page in this tab's history.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect(page.getByTestId('exit-hint')).toBeVisible();
    await shot(page, 'history-2-notice');
    await page.getByRole('button', { name: 'Ik begrijp het' }).click();
    await joinFromIntake(page);

    await page.getByRole('link', { name: /Snel weg/ }).click();
    await expect(page).toHaveURL(EXIT_URL);
    await expectNoWayBack(page);
  });

  test('through the language switch and back, then Shift x3: still nothing of ours behind Back', async ({
    page,
    hours,
  }) => {
    await routeExit(page);
    await hours.open('helpwanted');
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/en`);
    await expect(page.getByTestId('exit-hint')).toHaveText(
      'Pressing Shift 3 times also leaves at once. Then clear your browser history.',
    );
    // The scripts that turn our links into history replacements load after the text: a click before them is a plain
    // link (as without JavaScript, which the exit hint's "clear your browser history" is for).
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: 'Chat with Helpwanted' }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/en/chat/helpwanted`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/chat/helpwanted`);
    await expect(page.getByRole('button', { name: 'Ik begrijp het' })).toBeVisible();
    await pressShiftThrice(page);
    await expect(page).toHaveURL(EXIT_URL);
    await expectNoWayBack(page);
  });
});

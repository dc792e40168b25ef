import { expect, expectAccessible, snap, test } from '../../fixtures/visitor';

test.describe('closed programme, and pages without JavaScript', () => {
  test('a closed programme shows the next opening, the phone number and the self-help link, and keeps its chat button', async ({
    page,
    hours,
  }) => {
    await hours.closedToday('stopitnow');
    await page.goto('/chat/stopitnow');
    await expect(page.getByTestId('closed')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'De chat is nu gesloten' })).toBeVisible();
    await expect(page.getByTestId('programme-status')).toContainText(
      /^Gesloten\. De chat is weer open .+ om \d\d:\d\d$/,
    );
    await expect(page.getByTestId('programme-phone')).toHaveText('0800-266 64 36');
    await expect(page.getByTestId('self-help')).toHaveAttribute('href', 'https://stopitnow.nl');
    await expect(page.getByRole('button')).toHaveText(['Start de chat']);
    await expect(page).toHaveTitle('Chat');
    await expectAccessible(page, 'closed');
    await snap(page, 'closed');

    await page.goto('/');
    const card = page.locator('[data-programme="stopitnow"]');
    await expect(card).toHaveAttribute('data-open', 'false');
    await expect(card.getByTestId('programme-status')).toContainText('Gesloten. De chat is weer open');
    await expect(card.getByRole('link', { name: 'Chatten met Stop it Now' })).toHaveCount(0);
    await expect(card.getByTestId('programme-phone')).toBeVisible();
    await expectAccessible(page, 'landing, closed');
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });

    test('the landing and chat pages show both programmes’ state and phone numbers, and say chatting needs JavaScript', async ({
      page,
      hours,
    }) => {
      await hours.open('helpwanted');
      await hours.closedToday('stopitnow');
      await page.goto('/');
      const helpwanted = page.locator('[data-programme="helpwanted"]');
      const stopitnow = page.locator('[data-programme="stopitnow"]');
      await expect(helpwanted.getByTestId('programme-status')).toHaveText('Nu open, tot 24:00');
      await expect(helpwanted.getByTestId('programme-phone')).toHaveText('020-261 52 75');
      await expect(stopitnow.getByTestId('programme-status')).toContainText('Gesloten. De chat is weer open');
      await expect(stopitnow.getByTestId('programme-phone')).toHaveText('0800-266 64 36');
      await snap(page, 'nojs-landing');

      for (const [path, status, phone] of [
        ['/chat/helpwanted', 'Nu open', '020-261 52 75'],
        ['/chat/stopitnow', 'Gesloten', '0800-266 64 36'],
        ['/en/chat/helpwanted', 'Open now', '020-261 52 75'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByTestId('programme-status')).toContainText(status);
        await expect(page.getByTestId('programme-phone')).toHaveText(phone);
        await expect(page.getByTestId('self-help')).toBeVisible();
        await expect(
          page.getByText(/Chatten werkt alleen met JavaScript aan|Chatting only works with JavaScript on/),
        ).toBeVisible();
        // Only a closed programme has a button without scripts: a plain form that counts the attempt.
        await expect(page.getByRole('button')).toHaveCount(status === 'Gesloten' ? 1 : 0);
      }
      await page.goto('/chat/helpwanted');
      await snap(page, 'nojs-chat');
    });
  });
});

import { counsellorAnswers, urlsWithCode, watchUrls } from '../../fixtures/mailbox';
import { expect, expectAccessible, snap, test } from '../../fixtures/visitor';

test.describe('anonymous mailbox without JavaScript, on a 360 px phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('a visitor finds the chat closed, writes, keeps the code, reads the answer, writes back and forgets it', async ({
    page,
    hours,
    browser,
  }) => {
    // The counsellor's side runs in a workspace of its own.
    test.slow();
    const urls = watchUrls(page);
    await hours.closedToday('helpwanted');
    await page.goto('/chat/helpwanted');
    await page.getByRole('button', { name: 'Start de chat' }).click();
    await page.getByTestId('help-mailbox').click();
    await expect(page).toHaveURL(/\/mailbox\/helpwanted$/);
    await snap(page, 'mailbox-write');

    await page
      .getByLabel('Je bericht')
      .fill('Iemand dreigt mijn foto’s te delen als ik niet betaal. Wat moet ik doen?');
    await page.getByLabel('Hoe oud is de persoon om wie het gaat?').selectOption('12-18');
    await page.getByRole('button', { name: 'Verstuur je bericht' }).click();
    const code = (await page.getByTestId('mailbox-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    await expect(page.getByText('Schrijf deze code op of maak een screenshot.')).toBeVisible();
    await expect(page.getByTestId('mailbox-due')).toContainText(/Je krijgt antwoord uiterlijk \w+dag \d+ \w+\./);
    await snap(page, 'mailbox-written');

    await counsellorAnswers(browser, code, 'Goed dat je ons schrijft. Betaal niet: daarmee stopt het meestal niet.');

    await page.getByRole('link', { name: 'Naar de berichtenpagina' }).click();
    await expect(page).toHaveURL(/\/mailbox$/);
    await page.getByLabel('Je code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Open mijn berichten' }).click();
    await expect(page.getByTestId('mailbox-state')).toHaveText(
      'We hebben geantwoord. Je kunt hieronder terugschrijven.',
    );
    await expect(page.getByTestId('mailbox-messages').getByRole('listitem')).toHaveCount(2);
    await expect(page.getByText('Betaal niet: daarmee stopt het meestal niet.')).toBeVisible();
    await snap(page, 'mailbox-thread');

    await page.getByLabel('Schrijf terug').fill('Dank je. Moet ik aangifte doen?');
    await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
    await expect(page.getByTestId('mailbox-replied')).toHaveText('Je bericht is verstuurd.');
    await expect(page.getByTestId('mailbox-messages').getByRole('listitem')).toHaveCount(3);
    await expect(page.getByTestId('mailbox-state')).toContainText('Je krijgt antwoord uiterlijk');

    await page.getByRole('button', { name: 'Vergeet dit gesprek' }).click();
    await expect(page.getByText('Weet je het zeker? Alles wordt meteen gewist.')).toBeVisible();
    await snap(page, 'mailbox-forget-confirm');
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(page.getByTestId('mailbox-forgotten')).toBeVisible();

    await page.goto('/mailbox');
    await page.getByLabel('Je code').fill(code);
    await page.getByRole('button', { name: 'Open mijn berichten' }).click();
    await expect(page.locator('#code-error')).toContainText('We kennen deze code niet.');
    await snap(page, 'mailbox-code-refused');

    expect(urlsWithCode(urls, code)).toEqual([]);
  });
});

test.describe('anonymous mailbox with JavaScript', () => {
  // axe runs in the page, so the states of the flow above are checked here, with scripts on.
  test('every state is accessible; a message over 4,000 characters is refused on its field and the text stays', async ({
    page,
  }) => {
    await page.goto('/en/mailbox/stopitnow');
    await expectAccessible(page, 'mailbox write');
    const long = 'x'.repeat(4001);
    await page.getByLabel('Your message').evaluate((field, text) => {
      (field as HTMLTextAreaElement).removeAttribute('maxlength');
      (field as HTMLTextAreaElement).value = text;
    }, long);
    await page.getByRole('button', { name: 'Send your message' }).click();
    await expect(page.locator('#body-error')).toHaveText('Write a message of at most 4000 characters.');
    await expect(page.getByLabel('Your message')).toHaveValue(long);
    await expectAccessible(page, 'mailbox refused body');

    await page.getByLabel('Your message').fill('I worry about my thoughts about a child I know.');
    await page.getByRole('button', { name: 'Send your message' }).click();
    const code = (await page.getByTestId('mailbox-code').textContent())?.trim() ?? '';
    await expectAccessible(page, 'mailbox written');

    await page.getByRole('link', { name: 'To the messages page' }).click();
    await page.getByLabel('Your code').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: 'Open my messages' }).click();
    await expect(page.locator('#code-error')).toContainText('We do not know this code.');
    await expectAccessible(page, 'mailbox code refused');
    await page.getByLabel('Your code').fill(code);
    await page.getByRole('button', { name: 'Open my messages' }).click();
    await expect(page.getByTestId('mailbox-messages').getByRole('listitem')).toHaveCount(1);
    await expectAccessible(page, 'mailbox thread');
    await page.getByRole('button', { name: 'Forget this conversation' }).click();
    await expect(page.getByText('Are you sure? Everything is erased at once.')).toBeVisible();
    await expectAccessible(page, 'mailbox forget confirm');
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.getByTestId('mailbox-forgotten')).toBeVisible();
  });
});

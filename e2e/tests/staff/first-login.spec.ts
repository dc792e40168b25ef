import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { STAFF_PASSWORD } from '../../fixtures/staff';
import { artifact, supervisorContext } from '../supervisor/supervisor-helpers';

const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
};

test.describe('first login of a colleague a supervisor added', () => {
  test('the login and password forms say per field what is missing or wrong, in Dutch, and then let them in', async ({
    browser,
    page,
  }) => {
    const supervisor = await supervisorContext(browser);
    expect((await supervisor.request.post('/api/auth/confirm', { data: { password: STAFF_PASSWORD } })).ok()).toBe(
      true,
    );
    const username = `femke${Date.now() % 100_000}`;
    const startPassword = 'a start passphrase from the supervisor';
    const created = await supervisor.request.post('/api/staff', {
      data: { username, alias: 'Femke', role: 'counsellor', programmes: ['helpwanted'], password: startPassword },
    });
    expect(created.status()).toBe(201);

    await page.goto('/login');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByLabel('Gebruikersnaam')).toHaveAccessibleDescription('Vul je gebruikersnaam in.');
    await expect(page.getByLabel('Wachtwoord')).toHaveAccessibleDescription('Vul je wachtwoord in.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifact('login-empty'), fullPage: true });

    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(startPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/login\/password$/);
    await expect(page.getByText('Iemand anders heeft je wachtwoord ingesteld.', { exact: false })).toBeVisible();

    const current = page.getByLabel('Huidig wachtwoord');
    const next = page.getByLabel('Nieuw wachtwoord', { exact: true });
    const again = page.getByLabel('Nieuw wachtwoord nog een keer');
    await next.fill('too short');
    await again.fill('not the same');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(current).toHaveAccessibleDescription('Vul je huidige wachtwoord in.');
    await expect(next).toHaveAccessibleDescription(/^Het nieuwe wachtwoord is niet sterk genoeg/);
    await expect(again).toHaveAccessibleDescription('De twee nieuwe wachtwoorden zijn niet gelijk.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifact('password-field-errors'), fullPage: true });

    // The server's refusal lands on its field too (the label names the field, the error does not repeat it).
    const chosen = 'a passphrase only femke knows';
    await current.fill('not the start passphrase');
    await next.fill(chosen);
    await again.fill(chosen);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(current).toHaveAccessibleDescription('Je huidige wachtwoord klopt niet.');

    await current.fill(startPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByTestId('signed-in-as')).toHaveText('Ingelogd als Femke');
    await supervisor.close();
  });
});

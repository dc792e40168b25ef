import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type SeededStaff, STAFF_PASSWORD } from '../../fixtures/staff';
import { nextTotp } from '../../fixtures/totp';

const staff = (): SeededStaff => JSON.parse(readFileSync(process.env.E2E_STAFF_FILE ?? '', 'utf8')) as SeededStaff;

const fillLogin = async (page: Page, username: string) => {
  await page.goto('/login');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
};

const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
};

test.describe('staff login', () => {
  test('a counsellor logs in, lands in the workspace, and logs out', async ({ page }) => {
    await page.goto('/login');
    await expectNoAxeViolations(page);
    await fillLogin(page, staff().counsellor);
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByTestId('signed-in-as')).toHaveText('Ingelogd als carla alias');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/workspace');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a wrong password shows an error and no session', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Gebruikersnaam').fill(staff().counsellor);
    await page.getByLabel('Wachtwoord').fill('this is not the password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Gebruikersnaam of wachtwoord klopt niet.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a supervisor logs in with the code from the authenticator app and lands in the overview', async ({ page }) => {
    const { supervisor, supervisorSecret } = staff();
    await fillLogin(page, supervisor);
    const code = page.getByLabel('Code uit je authenticator-app (6 cijfers)');
    await expect(code).toBeVisible();
    await code.fill(await nextTotp(supervisorSecret));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/supervisor$/);
    await expect(page.getByTestId('signed-in-as')).toHaveText('Ingelogd als sven alias');
  });

  test('a supervisor without a second factor enrols with the QR code at first login', async ({ page }) => {
    await fillLogin(page, staff().newSupervisor);
    await expect(page).toHaveURL(/\/login\/totp$/);
    await expect(page.getByRole('img', { name: 'QR-code voor je authenticator-app' })).toBeVisible();
    await expectNoAxeViolations(page);
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    await page.getByLabel('Code uit je authenticator-app (6 cijfers)').fill(await nextTotp(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page).toHaveURL(/\/supervisor$/);
  });
});

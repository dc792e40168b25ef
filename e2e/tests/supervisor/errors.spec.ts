import { expect, test } from '@playwright/test';
import { expectAccessible, supervisorContext } from './supervisor-helpers';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-supervisor';

test.describe('server errors in the page language (issue 17, item 15)', () => {
  test('a refused password, a taken clinic code and an incomplete exception are told in Dutch, by code and field', async ({
    browser,
  }) => {
    const context = await supervisorContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto('/supervisor/admin/staff');
      await page.getByText('Medewerker toevoegen').click();
      await page.getByLabel('Gebruikersnaam').fill(`zwak${Date.now() % 100000}`);
      await page.getByLabel('Naam die bezoekers zien').first().fill('Zwak');
      await page.getByLabel('Startwachtwoord (minstens 12 tekens)').fill('123456789012');
      await page.getByRole('button', { name: 'Aanmaken' }).click();
      const refused = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
      await expect(refused).toHaveText(/^Niet opgeslagen\. Wachtwoord: het wachtwoord is niet sterk genoeg\./);
      await expect(page.getByText(/common|password/)).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/15-staff-password-nl.png` });

      await page.goto('/supervisor/admin/clinics');
      await page.getByLabel('Code (kleine letters en streepjes, bv. de-waag)').fill('de-waag');
      await page.getByLabel('Naam', { exact: true }).fill('Nog een De Waag');
      await page.getByRole('button', { name: 'Kliniek toevoegen' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toHaveText(
        'Niet opgeslagen. Code: er is al een kliniek met deze code.',
      );
      await expect(page.getByText(/already exists/)).toHaveCount(0);
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/15-clinic-conflict-nl.png` });

      await page.goto('/supervisor/admin/hours');
      await page.getByRole('button', { name: 'Afwijkende dag toevoegen' }).click();
      const row = page.getByTestId('exception-row').last();
      await row.locator('input[type=date]').fill('2030-01-02');
      await row.getByLabel('Hele dag dicht').uncheck();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const hoursError = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
      await expect(hoursError).toContainText('Afwijkende dagen');
      await expect(hoursError).toHaveText(
        'Niet opgeslagen. Afwijkende dagen, 2030-01-02, ‘Open vanaf’: vul een begintijd én een eindtijd in (UU:MM), of kies ‘Hele dag dicht’.',
      );
      await expect(page.getByText(/needs opens|unless closed/)).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/15-hours-exception-nl.png` });

      // The same refusal on the English page is told in English.
      await page.goto('/en/supervisor/admin/clinics');
      await page.getByLabel(/Code/).first().fill('de-waag');
      await page.getByLabel('Name', { exact: true }).fill('Another De Waag');
      await page.getByRole('button', { name: /Add/ }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveText(
        'Not saved. Code: a clinic with this code exists already.',
      );
    } finally {
      await context.close();
    }
  });
});

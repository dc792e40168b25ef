import { expect, test } from '@playwright/test';
import { artifact, supervisorContext } from './supervisor-helpers';

test.describe('administration forms check each field with the shared schema, in the page language', () => {
  test('a canned response, a clinic, a staff member and opening hours the server would refuse are named per field and not sent', async ({
    browser,
  }) => {
    const context = await supervisorContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    try {
      await page.goto('/supervisor/admin/canned?programme=stopitnow');
      await page.getByText('Standaardantwoord toevoegen').click();
      const add = page
        .locator('details')
        .filter({ has: page.locator('summary', { hasText: 'Standaardantwoord toevoegen' }) });
      await add.getByLabel('Titel').fill('t'.repeat(81));
      await add.getByRole('button', { name: 'Toevoegen' }).click();
      await expect(add.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
      await expect(add.getByText('Vul een titel in van hoogstens 80 tekens.')).toBeVisible();
      await expect(add.getByText('Vul een tekst in van hoogstens 4000 tekens.')).toBeVisible();
      await page.screenshot({ path: artifact('field-errors-canned'), fullPage: true });

      await page.goto('/supervisor/admin/clinics');
      await page.getByLabel('Code (kleine letters en streepjes, bv. de-waag)').fill('De Waag');
      await page.getByLabel('Naam', { exact: true }).fill('X');
      await page.getByRole('button', { name: 'Kliniek toevoegen' }).click();
      await expect(page.getByText(/^Gebruik kleine letters en cijfers, met streepjes ertussen/)).toBeVisible();
      await expect(page.getByText('Vul een naam in van 2 tot 120 tekens.')).toBeVisible();
      await page.screenshot({ path: artifact('field-errors-clinic'), fullPage: true });

      await page.goto('/en/supervisor/admin/staff');
      await page.locator('summary').first().click();
      await page.getByRole('button', { name: 'Create' }).click();
      await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
      await expect(
        page.getByText('Use 2 to 40 lower-case letters, digits, dots, dashes or underscores.'),
      ).toBeVisible();
      await expect(page.getByText(/must be 2-40|expected/)).toHaveCount(0);
      await page.screenshot({ path: artifact('field-errors-staff-en'), fullPage: true });

      await page.goto('/supervisor/admin/hours?programme=helpwanted');
      const opens = page.getByRole('textbox', { name: 'maandag 1: Open vanaf' });
      await opens.fill('9 uur');
      await page.getByLabel('Maximale wachttijd (minuten)').fill('0');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(opens).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText('Kies een wachttijd van 1 tot 240 minuten.')).toBeVisible();
      await expect(page.getByTestId('save-status')).toContainText('Vaste week, maandag, ‘Open vanaf’');
      await page.screenshot({ path: artifact('field-errors-hours'), fullPage: true });
      expect(writes).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

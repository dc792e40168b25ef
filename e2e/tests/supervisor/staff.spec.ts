import { StaffList } from '@helpline/shared/http';
import { expect, test } from '@playwright/test';
import { STAFF_PASSWORD } from '../../fixtures/staff';
import { supervisorContext } from './supervisor-helpers';

test.describe('supervisor staff administration', () => {
  test('a supervisor adds a counsellor, resets their password, ends their sessions, changes their capacity and disables them', async ({
    browser,
    request,
  }) => {
    const context = await supervisorContext(browser);
    // The shared session may be older than 5 minutes: staff changes need a fresh confirmation (issue 16, finding 10).
    expect((await context.request.post('/api/auth/confirm', { data: { password: STAFF_PASSWORD } })).ok()).toBe(true);
    const page = await context.newPage();
    const username = `teun${Date.now() % 100_000}`;
    const password = 'a passphrase for a new colleague';
    await page.goto('/supervisor/admin/staff');
    const create = page
      .locator('details')
      .filter({ has: page.locator('summary', { hasText: 'Medewerker toevoegen' }) });
    await create.locator('summary').click();
    await create.getByLabel('Gebruikersnaam').fill(username);
    await create.getByLabel('Naam die bezoekers zien').fill('Teun');
    await create.getByLabel('Startwachtwoord (minstens 12 tekens)').fill(password);
    await create.getByRole('button', { name: 'Aanmaken' }).click();
    await expect(page.getByTestId('staff-list')).toContainText(username);
    expect((await request.post('/api/auth/login', { data: { username, password } })).ok()).toBe(true);

    await page.getByText('Teun wijzigen').click();
    const row = page.getByTestId('staff-list').locator('li', { hasText: username });
    const newPassword = 'another passphrase after a reset';
    await row.getByLabel('Nieuw wachtwoord').fill(newPassword);
    await row.getByRole('button', { name: 'Wachtwoord vervangen' }).click();
    await expect(row.getByText('Gedaan. De medewerker moet opnieuw inloggen.')).toBeVisible();
    expect((await request.post('/api/auth/login', { data: { username, password } })).status()).toBe(401);
    expect((await request.post('/api/auth/login', { data: { username, password: newPassword } })).ok()).toBe(true);
    await row.getByRole('button', { name: 'Alle sessies beëindigen' }).click();
    await expect(row.getByText(/\d+ sessie\(s\) beëindigd\./)).toBeVisible();
    expect((await request.get('/api/auth/me')).status()).toBe(401);

    await row.getByLabel('Capaciteit (chats tegelijk)').fill('3');
    await row.getByLabel('Uitgeschakeld').check();
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await expect(row.getByTestId('save-status')).toHaveText('Opgeslagen.');
    await expect(row.locator('summary')).toContainText('Uitgeschakeld');

    const member = StaffList.parse(await (await context.request.get('/api/staff')).json()).find(
      (s) => s.username === username,
    );
    expect(member).toMatchObject({ capacity: 3, disabled: true, role: 'counsellor' });
    expect((await request.post('/api/auth/login', { data: { username, password: newPassword } })).status()).toBe(401);
    await context.close();
  });
});

import { expect, test } from '@playwright/test';
import { seedFigures } from './seed-figures';
import { artifact, counsellorRequest, expectAccessible, supervisorContext } from './supervisor-helpers';

/** Every supervisor page, what shows it has loaded, and its screenshot name. */
const pages = [
  { path: '/supervisor', ready: 'live-helpwanted', name: 'supervisor-live' },
  { path: '/en/supervisor', ready: 'live-helpwanted', name: 'supervisor-live-en' },
  { path: '/supervisor/missed?from=2026-01-01&until=2026-12-31', ready: 'missed-report', name: 'supervisor-missed' },
  { path: '/supervisor/reports', ready: 'summary-tiles', name: 'supervisor-reports' },
  {
    path: '/en/supervisor/reports?programme=stopitnow',
    ready: 'chart-funnel',
    name: 'supervisor-reports-stopitnow-en',
  },
  { path: '/supervisor/reports/print', ready: 'print-report', name: 'supervisor-report-print' },
  { path: '/supervisor/admin/hours', ready: 'hours-preview', name: 'supervisor-admin-hours' },
  { path: '/supervisor/admin/staff', ready: 'staff-list', name: 'supervisor-admin-staff' },
  { path: '/supervisor/admin/canned?programme=stopitnow', ready: null, name: 'supervisor-admin-canned' },
  { path: '/supervisor/admin/clinics', ready: 'clinics-table', name: 'supervisor-admin-clinics' },
  { path: '/supervisor/admin/audit', ready: 'audit-table', name: 'supervisor-admin-audit' },
  { path: '/supervisor/admin/retention', ready: null, name: 'supervisor-admin-retention' },
];

test.describe('supervisor pages', () => {
  test.beforeAll(async ({ browser }) => {
    const counsellor = await counsellorRequest(browser);
    await seedFigures(counsellor.request);
    await counsellor.close();
  });

  for (const p of pages) {
    test(`${p.path} has no serious accessibility violation (screenshot ${p.name}.png)`, async ({ browser }) => {
      const context = await supervisorContext(browser);
      const page = await context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(p.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (p.ready) await expect(page.getByTestId(p.ready)).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      await page.screenshot({ path: artifact(p.name), fullPage: true });
      await context.close();
    });
  }

  test('a counsellor is sent to the workspace and nobody without a session sees a supervisor page', async ({
    browser,
  }) => {
    const anonymous = await browser.newContext();
    const page = await anonymous.newPage();
    const response = await page.goto('/supervisor/reports');
    await expect(page).toHaveURL(/\/login$/);
    expect(await response?.text()).not.toContain('Jaarcijfers');
    await anonymous.close();

    const counsellor = await counsellorRequest(browser);
    const counsellorPage = await counsellor.newPage();
    await counsellorPage.goto('/supervisor/admin/staff');
    await expect(counsellorPage).toHaveURL(/\/workspace$/);
    await counsellor.close();
  });
});

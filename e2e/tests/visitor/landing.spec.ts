import AxeBuilder from '@axe-core/playwright';
import { ProgrammesAnswer } from '@helpline/shared/http';
import { expect, test } from '@playwright/test';

test.describe('landing page', () => {
  test('shows both programmes, each open or closed exactly as the API says', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anoniem chatten met een hulplijn');
    const programmes = ProgrammesAnswer.parse(await (await request.get('/api/programmes')).json());
    expect(programmes.map((p) => p.id).sort()).toEqual(['helpwanted', 'stopitnow']);
    for (const programme of programmes) {
      const card = page.locator(`[data-programme="${programme.id}"]`);
      await expect(card.getByRole('heading', { name: programme.name })).toBeVisible();
      await expect(card).toHaveAttribute('data-open', String(programme.open));
      await expect(card.getByTestId('programme-status')).toContainText(programme.open ? 'Nu open' : 'Gesloten');
      // Only an open programme invites a chat; a closed one shows when it opens and its phone number.
      await expect(card.getByRole('link', { name: `Chatten met ${programme.name}` })).toHaveCount(
        programme.open ? 1 : 0,
      );
    }
  });

  test('switches to English and back, with the html language set', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chat anonymously with a helpline');
    await expect(page.getByTestId('programme-status').first()).toContainText(/Open now|Closed/);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });

  test('loads nothing from another origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL ?? '')) foreign.push(req.url());
    });
    await page.goto('/');
    await expect(page.locator('[data-programme]')).toHaveCount(2);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('has no accessibility violations (WCAG 2.1 AA), in Dutch and in English', async ({ page }) => {
    for (const path of ['/', '/en']) {
      await page.goto(path);
      await expect(page.locator('[data-programme]')).toHaveCount(2);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test('fits a 320 px phone without sideways scrolling, quick exit visible', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await expect(page.locator('[data-programme]')).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const exit = page.getByRole('link', { name: /Snel weg/ });
    await expect(exit).toBeVisible();
    const box = await exit.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });

  test('quick exit clears the visitor state and leaves without a way back', async ({ page }) => {
    await page.route('https://www.google.nl/**', (route) => route.fulfill({ body: 'neutral page' }));
    await page.goto('/');
    await page.evaluate(() => sessionStorage.setItem('helpline.token', 'secret'));
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await expect(page).toHaveURL(/google\.nl/);
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1:3123');
    await page.goto('/');
    expect(await page.evaluate(() => sessionStorage.getItem('helpline.token'))).toBeNull();
  });
});

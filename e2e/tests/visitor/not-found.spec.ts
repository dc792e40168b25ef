import { EXIT_URL, routeExit } from '../../fixtures/exit';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

test.describe('a mistyped address', () => {
  test('is answered in Dutch in the visitor layout, with quick exit and the way home', async ({ page }) => {
    await routeExit(page);
    const res = await page.goto('/chat/stop-it-now');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle('Chat');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    await expect(page.getByText('This page could not be found')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('link', { name: /Snel weg/ })).toBeInViewport({ ratio: 1 });
    await expectAccessible(page, 'not found');
    await shot(page, 'not-found-nl', { desktop: true });
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('under /en/ in English; any unknown path the same', async ({ page }) => {
    const res = await page.goto('/en/chat/stop-it-now');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en');
    await expect(page.getByRole('link', { name: /Quick exit/ })).toBeVisible();
    await expectAccessible(page, 'not found (en)');
    await shot(page, 'not-found-en');

    expect((await page.goto('/hulp/ergens'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
  });
});

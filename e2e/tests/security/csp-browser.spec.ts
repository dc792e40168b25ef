import { expect, type Page, test } from '@playwright/test';

// Finding 5 (issue 7): the pages work under their Content-Security-Policy, and the policy is enforced.

/** Records every CSP violation the page reports, as events and as console messages. */
const watchViolations = async (page: Page) => {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
};

const pages: [path: string, ready: (page: Page) => Promise<void>][] = [
  ['/', (page) => expect(page.locator('[data-programme]')).toHaveCount(2)],
  ['/en', (page) => expect(page.locator('[data-programme]')).toHaveCount(2)],
  ['/login', (page) => expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible()],
  ['/en/login', (page) => expect(page.getByRole('button', { name: /Log in/i })).toBeVisible()],
];

test.describe('finding 5: the content security policy in the browser', () => {
  for (const [path, ready] of pages) {
    test(`${path} runs its scripts and styles with no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy']).toContain("'nonce-");
      await ready(page);
      await page.waitForLoadState('networkidle');
      // Hydrated: React attached its handlers, which only happens when Next's nonce-carrying scripts ran.
      expect(await page.evaluate(() => Boolean((window as unknown as { next?: unknown }).next))).toBe(true);
      expect(await violations()).toEqual([]);
    });
  }

  test('the Socket.IO websocket on the same origin is allowed', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    const opened = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = new WebSocket(`ws://${location.host}/socket.io/?EIO=4&transport=websocket`);
          socket.onopen = () => {
            socket.close();
            resolve(true);
          };
          socket.onerror = () => resolve(false);
        }),
    );
    expect(opened).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test('an injected script without the nonce does not run, and is reported', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await expect(page.locator('[data-programme]')).toHaveCount(2);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return Boolean((window as unknown as { injectedRan?: boolean }).injectedRan);
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem/));
  });

  test('no page can be framed, not even by a page of this origin', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/framing-test`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<iframe src="/login"></iframe>' }),
    );
    await page.goto('/framing-test');
    await page.waitForLoadState('load');
    expect(page.frames()).toHaveLength(2);
    expect(page.frames()[1]?.url()).not.toBe(`${baseURL}/login`);
    expect(await page.frameLocator('iframe').getByRole('button').count()).toBe(0);
  });
});

import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { bodies, joinFromIntake, send } from '../../fixtures/chat-page';
import { EXIT_URL, expectNoWayBack, expectTokenForgotten, pressShiftThrice, routeExit } from '../../fixtures/exit';
import { startHostPage } from '../../fixtures/host-page';
import { E2E_BASE_URL, E2E_HOST_ORIGIN } from '../../fixtures/server';
import { expect, expectAccessible, snap, test, watchForeignRequests } from '../../fixtures/visitor';

let host: Server;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(() => new Promise((resolve) => host.close(resolve)));

const frameOf = (page: import('@playwright/test').Page) => page.frameLocator('iframe[title="Chat"]');

test.describe('the embed on another website', () => {
  test('widget.js is JavaScript under 5 KB compressed, and its launcher speaks the host page’s language', async ({
    page,
    request,
  }) => {
    const res = await request.get('/widget.js');
    expect(res.headers()['content-type']).toMatch(/javascript/);
    expect(gzipSync(await res.body()).length).toBeLessThan(5 * 1024);
    await page.goto(`${E2E_HOST_ORIGIN}/en/stopitnow`);
    await expect(page.getByRole('button', { name: 'Chat anonymously' })).toBeVisible();
    await page.goto(`${E2E_HOST_ORIGIN}/nl/helpwanted`);
    await expect(page.getByRole('button', { name: 'Anoniem chatten' })).toBeVisible();
  });

  test('a whole chat in the embed, opened with the keyboard: messages, ending, survey, return code; nothing else loaded', async ({
    page,
    hours,
    counsellor,
  }) => {
    await hours.open('helpwanted');
    const foreign = watchForeignRequests(page, [E2E_BASE_URL, E2E_HOST_ORIGIN]);
    await page.goto(`${E2E_HOST_ORIGIN}/nl/helpwanted`);
    const launcher = page.getByRole('button', { name: 'Anoniem chatten' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(launcher).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Chat verbergen' })).toHaveAttribute('aria-expanded', 'true');
    const frame = frameOf(page);
    await frame.getByRole('button', { name: 'Ik begrijp het' }).click();
    await joinFromIntake(frame);
    await expect(frame.getByTestId('queue-status')).toContainText('Je bent nummer 1 in de wachtrij.');
    await snap(page, 'embed-waiting');

    const assigned = counsellor.nextAssigned();
    await counsellor.available();
    const { id } = await assigned;
    await expect(frame.getByTestId('chat-started')).toContainText('Anna is er voor je.');
    await send(frame, 'Hallo vanaf een andere site.');
    await counsellor.send(id, 'Welkom, fijn dat je er bent.');
    await expect(bodies(frame)).toHaveText(['Hallo vanaf een andere site.', 'Welkom, fijn dat je er bent.']);
    await snap(page, 'embed-chatting');

    await frame.getByRole('button', { name: 'Gesprek stoppen' }).click();
    await frame.getByRole('button', { name: 'Ja, stoppen' }).click();
    await expect(frame.getByTestId('ended')).toHaveText('Je hebt het gesprek gestopt.');
    await frame.getByRole('radio', { name: '5, heel goed' }).check();
    await frame.getByRole('button', { name: 'Verstuur' }).click();
    await expect(frame.getByText('Bedankt voor je antwoord.')).toBeVisible();
    await frame.getByRole('button', { name: 'Maak een terugkomcode' }).click();
    await expect(frame.getByTestId('return-code')).toHaveText(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){2}$/);
    await snap(page, 'embed-ended');

    expect(foreign).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  test('the embed page on its own passes axe in every state it starts in', async ({ page, hours }) => {
    await hours.open('helpwanted');
    await page.goto('/embed/helpwanted');
    await expectAccessible(page, 'embed notice');
    await page.getByRole('button', { name: 'Ik begrijp het' }).click();
    await expectAccessible(page, 'embed intake');
    await hours.closedToday('helpwanted');
    await page.goto('/embed/helpwanted');
    await expect(page.getByTestId('closed')).toBeVisible();
    await expectAccessible(page, 'embed closed');
  });

  for (const how of ['click', 'Shift x3'] as const) {
    test(`quick exit by ${how} inside the embed leaves the host page too, with no way back`, async ({
      page,
      hours,
      counsellor,
    }) => {
      await routeExit(page);
      await hours.open('helpwanted');
      const assigned = counsellor.nextAssigned();
      await counsellor.available();
      await page.goto(`${E2E_HOST_ORIGIN}/nl/helpwanted`);
      await page.getByRole('button', { name: 'Anoniem chatten' }).click();
      const frame = frameOf(page);
      await frame.getByRole('button', { name: 'Ik begrijp het' }).click();
      await joinFromIntake(frame);
      const { id } = await assigned;
      await send(frame, 'Niemand mag dit zien.');
      await expect(frame.getByText('Verzonden', { exact: true })).toBeVisible();
      const embed = page.frames().find((f) => f.url().startsWith(`${E2E_BASE_URL}/embed/`));
      const token = (await embed?.evaluate(() => sessionStorage.getItem('helpline.token'))) ?? '';
      expect(token).not.toBe('');

      if (how === 'click') await frame.getByRole('link', { name: /Snel weg/ }).click();
      else {
        await frame.getByLabel('Je bericht').focus();
        await pressShiftThrice(page);
      }
      await expect(page).toHaveURL(EXIT_URL);
      await expectNoWayBack(page);
      await expectTokenForgotten(token, id);
    });
  }
});

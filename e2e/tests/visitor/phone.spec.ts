import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

/** Nothing of the page's content lies under quick exit: at each scroll position, what is under it is only the header. */
const expectExitCoversNothing = async (page: Page, where: string) => {
  const covered = await page.evaluate(async () => {
    const exit = document.querySelector('a[aria-label^="Snel weg"], a[aria-label^="Quick exit"]');
    if (!exit) return ['no quick exit'];
    const found: string[] = [];
    const max = document.documentElement.scrollHeight - window.innerHeight;
    for (let y = 0; y <= max + 40; y += 40) {
      window.scrollTo(0, Math.min(y, max));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const box = exit.getBoundingClientRect();
      for (const [x, yy] of [
        [box.left + 2, box.top + 2],
        [box.right - 2, box.top + 2],
        [box.left + 2, box.bottom - 2],
        [box.right - 2, box.bottom - 2],
        [box.left + box.width / 2, box.top + box.height / 2],
      ] as const) {
        for (const el of document.elementsFromPoint(x, yy)) {
          if (el === exit || exit.contains(el)) continue;
          if (el.closest('main')) found.push(`${el.tagName} "${(el.textContent ?? '').slice(0, 30)}" at scroll ${y}`);
          break;
        }
      }
    }
    window.scrollTo(0, 0);
    return found;
  });
  expect(covered, where).toEqual([]);
};

test.describe('on a 360 px phone', () => {
  for (const programme of ['helpwanted', 'stopitnow'] as const) {
    test(`${programme}: the first screen shows the programme, its state and the way in; the intake's urgency question and the way straight in fit one screen`, async ({
      page,
      hours,
    }) => {
      await hours.open(programme);
      await page.goto(`/chat/${programme}`);
      const name = programme === 'helpwanted' ? 'Helpwanted' : 'Stop it Now';
      await expect(page.getByRole('heading', { level: 1, name })).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('programme-status')).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('programme-status')).toHaveText('Nu open, tot 24:00');
      await expect(page.getByRole('button', { name: 'Ik begrijp het' })).toBeInViewport({ ratio: 1 });
      await expectAccessible(page, `${programme} notice at 360`);
      await shot(page, `phone-${programme}-1-first-screen`, { desktop: true });
      await expectExitCoversNothing(page, `${programme} notice`);

      await page.getByRole('button', { name: 'Ik begrijp het' }).click();
      // Urgency first (issue 20), and the way straight in right under it: both on the first screen.
      await expect(page.getByRole('heading', { name: 'Een paar vragen' })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('group', { name: 'Is het nu dringend?' })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Overslaan en meteen chatten' })).toBeInViewport({ ratio: 1 });
      await expectAccessible(page, `${programme} intake at 360`);
      await shot(page, `phone-${programme}-2-intake`);
      await page.getByText('Ik heb een terugkomcode').click();
      await expect(page.getByLabel('Terugkomcode (als je die hebt)')).toBeVisible();
      await shot(page, `phone-${programme}-3-intake-code`);
      await expectExitCoversNothing(page, `${programme} intake`);
    });
  }

  test('the landing page: each programme’s way in on the first screen, and quick exit covers no text when scrolled', async ({
    page,
    hours,
  }) => {
    await hours.open('helpwanted');
    await hours.open('stopitnow');
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Chatten met Helpwanted' })).toBeInViewport({ ratio: 1 });
    await shot(page, 'phone-landing');
    await expectExitCoversNothing(page, 'landing');
    await page.goto('/en');
    await expectExitCoversNothing(page, 'landing (en)');
  });
});

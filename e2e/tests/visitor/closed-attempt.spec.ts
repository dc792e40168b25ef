import type { Page } from '@playwright/test';
import { E2E_BASE_URL } from '../../fixtures/server';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

/** Outside-hours attempts at Stop it Now in the supervisors' missed-contacts report. */
const outsideHours = async (cookie: string) => {
  const res = await fetch(`${E2E_BASE_URL}/api/supervisor/missed?programme=stopitnow`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { byKind: Record<string, number> }).byKind['outside-hours'] ?? 0;
};

/** The answer: when the chat opens, the phone number, the mailbox and the advice. */
const expectClosedAnswer = async (page: Page) => {
  const answer = page.getByTestId('closed-answer');
  await expect(answer.getByRole('heading', { name: 'De chat is nu gesloten' })).toBeVisible();
  await expect(answer.getByTestId('closed-when')).toHaveText(/^De chat is weer open .+ om \d\d:\d\d\.$/);
  await expect(answer.getByTestId('help-phone')).toHaveText('0800-266 64 36');
  await expect(answer.getByRole('link', { name: 'Schrijf ons een bericht' })).toHaveAttribute(
    'href',
    '/mailbox/stopitnow',
  );
  await expect(answer.getByRole('link', { name: 'Lees advies voor jouw situatie' })).toHaveAttribute(
    'href',
    '/advice/stopitnow',
  );
};

test.describe('an attempt on a closed chat page is counted as a missed contact', () => {
  test('with JavaScript: the button answers when the chat opens and what else there is, counted once a day', async ({
    page,
    hours,
    supervisorCookie,
  }) => {
    await hours.closedToday('stopitnow');
    const before = await outsideHours(supervisorCookie);
    await page.goto('/chat/stopitnow');
    await expect(page.getByTestId('closed')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start de chat' })).toBeInViewport({ ratio: 1 });
    await shot(page, 'closed-1-page', { desktop: true });

    await page.getByRole('button', { name: 'Start de chat' }).click();
    await expectClosedAnswer(page);
    await expect(page.getByRole('heading', { name: 'De chat is nu gesloten' })).toBeFocused();
    await expectAccessible(page, 'closed answer');
    await shot(page, 'closed-2-answer', { desktop: true });
    await expect.poll(() => outsideHours(supervisorCookie)).toBe(before + 1);

    // The same visitor (this tab) tries again: still one missed contact today.
    await page.reload();
    await page.getByRole('button', { name: 'Start de chat' }).click();
    await expectClosedAnswer(page);
    expect(await outsideHours(supervisorCookie)).toBe(before + 1);

    // The answer page the form post leads to without scripts (axe needs scripts, so it is checked here).
    await page.goto('/chat/stopitnow/closed');
    await expectClosedAnswer(page);
    await expectAccessible(page, 'closed answer page');
    expect(await outsideHours(supervisorCookie)).toBe(before + 1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a plain form post counts the attempt and shows the same answer; reloading the answer counts nothing', async ({
      page,
      hours,
      supervisorCookie,
    }) => {
      await hours.closedToday('stopitnow');
      const before = await outsideHours(supervisorCookie);
      await page.goto('/chat/stopitnow');
      await page.getByRole('button', { name: 'Start de chat' }).click();
      await expect(page).toHaveURL(`${E2E_BASE_URL}/chat/stopitnow/closed`);
      await expectClosedAnswer(page);
      await expect(page.getByRole('link', { name: /Snel weg/ })).toBeVisible();
      await shot(page, 'closed-3-answer-nojs');
      expect(await outsideHours(supervisorCookie)).toBe(before + 1);

      await page.reload();
      await expectClosedAnswer(page);
      expect(await outsideHours(supervisorCookie)).toBe(before + 1);

      // In English, from the English page.
      await page.goto('/en/chat/stopitnow');
      await page.getByRole('button', { name: 'Start the chat' }).click();
      await expect(page).toHaveURL(`${E2E_BASE_URL}/en/chat/stopitnow/closed`);
      await expect(page.getByRole('heading', { name: 'The chat is closed now' })).toBeVisible();
      expect(await outsideHours(supervisorCookie)).toBe(before + 2);
    });
  });
});

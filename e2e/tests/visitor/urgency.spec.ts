import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

const crisis = (page: Page) => page.getByTestId('crisis-numbers');
/** Notice read, on to the intake's urgency question. */
const urgencyQuestion = async (page: Page, programme: 'helpwanted' | 'stopitnow') => {
  await page.goto(`/chat/${programme}`);
  await page.getByRole('button', { name: 'Ik begrijp het' }).click();
  return page.getByRole('group', { name: 'Is het nu dringend?' });
};

test.describe('urgency at intake (issue 20)', () => {
  test('at 360 px, "I am thinking of harming myself" shows 113 and 112 at once, and they stay: waiting, after a reload, chatting, ended', async ({
    page,
    hours,
    counsellor,
  }) => {
    test.setTimeout(150_000);
    await hours.open('helpwanted');
    const question = await urgencyQuestion(page, 'helpwanted');
    await expect(question.locator('label')).toHaveText([
      'Ik denk erover mezelf iets aan te doen',
      'Iemand dreigt beelden te delen of heeft een deadline gegeven',
      'Nee, niet dringend',
      'Zeg ik liever niet',
    ]);
    await expect(question.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(crisis(page)).toHaveCount(0);

    await question.getByRole('radio', { name: 'Ik denk erover mezelf iets aan te doen' }).check();
    await expect(crisis(page)).toBeInViewport();
    await expect(crisis(page)).toContainText('113 Zelfmoordpreventie');
    await expect(crisis(page).getByRole('link', { name: 'Bel 0800-0113' })).toHaveAttribute('href', 'tel:08000113');
    const site = crisis(page).getByRole('link', { name: 'Chat op 113.nl' });
    await expect(site).toHaveAttribute('href', 'https://www.113.nl');
    await expect(site).toHaveAttribute('target', '_blank');
    await expect(crisis(page).getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    await expectAccessible(page, 'intake, self-harm chosen');
    await shot(page, 'urgency-1-self-harm-chosen', { desktop: true });

    await page.getByRole('button', { name: 'Start de chat' }).click();
    const status = page.getByTestId('queue-status');
    await expect(status).toContainText('Je bent nummer 1 in de wachtrij.');
    // Above the queue, on the first screen.
    await expect(crisis(page)).toBeInViewport();
    const [numbers, queue] = [await crisis(page).boundingBox(), await status.boundingBox()];
    expect(numbers && queue && numbers.y < queue.y).toBe(true);
    await expectAccessible(page, 'waiting, self-harm');
    await shot(page, 'urgency-2-waiting', { desktop: true });

    await page.reload();
    await expect(status).toContainText('Je bent nummer 1 in de wachtrij.');
    await expect(crisis(page).getByRole('link', { name: 'Bel 0800-0113' })).toBeVisible();

    const assigned = counsellor.nextAssigned();
    await counsellor.available();
    const conversation = await assigned;
    expect(conversation.intake).toMatchObject({ urgency: 'self-harm' });
    await expect(page.getByTestId('chat-started')).toContainText('Anna is er voor je.');
    await expect(crisis(page).getByRole('link', { name: 'Bel 0800-0113' })).toBeVisible();
    await expectAccessible(page, 'chatting, self-harm');
    await shot(page, 'urgency-3-chatting');

    await counsellor.socket.timeout(8000).emitWithAck('conversation:end', { conversationId: conversation.id });
    await expect(page.getByText('De medewerker heeft het gesprek afgesloten.')).toBeVisible();
    await expect(crisis(page).getByRole('link', { name: 'Bel 0800-0113' })).toBeVisible();
    await expect(crisis(page).getByRole('link', { name: 'Bel 112' })).toBeVisible();
    await expectAccessible(page, 'ended, self-harm');
    await shot(page, 'urgency-4-ended');
  });

  test('Stop it Now: a child at risk shows 112 at once; "rather not say" takes it back and sends nothing', async ({
    page,
    hours,
    counsellor,
  }) => {
    test.setTimeout(90_000);
    await hours.open('stopitnow');
    const question = await urgencyQuestion(page, 'stopitnow');
    await question
      .getByRole('radio', { name: 'Ik ben bang dat ik binnenkort een kind iets aandoe, of een kind is nu in gevaar' })
      .check();
    await expect(crisis(page)).toBeInViewport();
    await expect(crisis(page)).toContainText('Is een kind nu in gevaar?');
    await expect(crisis(page).getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    await expect(crisis(page).getByRole('link', { name: /0113/ })).toHaveCount(0);
    await expectAccessible(page, 'intake, child at risk chosen');
    await shot(page, 'urgency-5-child-at-risk', { desktop: true });

    await question.getByRole('radio', { name: 'Zeg ik liever niet' }).check();
    await expect(crisis(page)).toHaveCount(0);
    const assigned = counsellor.nextAssigned();
    await counsellor.available();
    await page.getByRole('button', { name: 'Start de chat' }).click();
    const conversation = await assigned;
    expect(conversation.intake).not.toHaveProperty('urgency');
    await expect(page.getByTestId('chat-started')).toBeVisible();
    await expect(crisis(page)).toHaveCount(0);
  });
});

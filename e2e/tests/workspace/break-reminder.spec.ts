import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { CareSettings } from '@helpline/shared/domain';
import { ReportSummaryAnswer } from '@helpline/shared/http';
import { expect, type Page, test } from '@playwright/test';
import { closeContexts, counsellorAt1280, shot } from '../../fixtures/shots';
import { annasShift, boss, setPresence, visitor, workspaceStaff } from '../../fixtures/workspace';

const visitors = annasShift();
test.afterEach(closeContexts);

/** axe on the page as it is now: no serious or critical violation. */
const expectAccessible = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

const choose = (page: Page, dimension: string, label: string) =>
  page.locator(`[data-dimension="${dimension}"]`).locator('label').filter({ hasText: label }).first().click();

const heavyReminders = async () => {
  const api = await boss();
  const summary = ReportSummaryAnswer.parse(await (await api.get('/api/reports/summary?programme=helpwanted')).json());
  await api.dispose();
  return summary.care?.breakRemindersByReason.heavy ?? 0;
};

test('after closing a chat about sextortion the counsellor is offered a break, gently, and can snooze it in every tab', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const before = await heavyReminders();
  const page = await counsellorAt1280(browser, workspaceStaff().anna);
  const secondTab = await page.context().newPage();
  await secondTab.goto('/workspace');
  await expect(secondTab.getByTestId('connection')).toHaveText('Verbonden');
  await setPresence(page, 'Beschikbaar');
  const v = await visitor('helpwanted');
  visitors.push(v);
  const row = page.locator(`[data-conversation-id="${v.conversationId}"]`);
  await expect(row).toBeVisible();
  await row.click();
  await v.say('Iemand wil geld, anders stuurt hij mijn foto’s naar mijn school');

  await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, beëindigen' }).click();
  await expect(page.getByTestId('ended-banner')).toBeVisible();
  await expect(page.getByTestId('break-banner')).toHaveCount(0);
  await choose(page, 'subjects', 'bedreigd/gechanteerd');
  await choose(page, 'sextortionType', 'financiële sextortion');
  await choose(page, 'gender', 'onbekend');
  await choose(page, 'contactRole', 'slachtoffer zelf');
  await choose(page, 'platforms', 'Instagram');
  await choose(page, 'ageBand', '12-18');
  await choose(page, 'priorPoliceContact', 'nee');
  await choose(page, 'actions', 'aangifte geadviseerd');
  await page.getByRole('button', { name: 'Opslaan en afronden' }).click();
  await expect(page.getByTestId('my-chat')).toHaveCount(0);

  // A quiet notice under the header, in both tabs; the focus stays where it was, nothing is covered.
  const banner = page.getByTestId('break-banner');
  await expect(banner).toContainText('Tijd voor een pauze?');
  await expect(banner).toContainText('Dat was een zwaar gesprek.');
  await expect(secondTab.getByTestId('break-banner')).toContainText('Dat was een zwaar gesprek.');
  await expect(banner.locator(':focus')).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, 'break-banner-heavy');
  expect(await heavyReminders()).toBe(before + 1);

  await banner.getByRole('button', { name: 'Over 15 minuten' }).click();
  await expect(banner).toHaveCount(0);
  await expect(secondTab.getByTestId('break-banner')).toHaveCount(0);
  // Snoozed on the server: a reload does not bring it back.
  await secondTab.reload();
  await expect(secondTab.getByTestId('connection')).toHaveText('Verbonden');
  await expect(secondTab.getByTestId('break-banner')).toHaveCount(0);
  await shot(page, 'break-banner-snoozed');
});

test('supervisors set the stretch and the heavy tags per programme; a wrong length is named at its field', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const cookie = readFileSync(process.env.E2E_WORKSPACE_BOSS_COOKIE ?? '', 'utf8');
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1500 },
    extraHTTPHeaders: { cookie },
  });
  const api = await boss();
  const stored = CareSettings.array().parse(await (await api.get('/api/care')).json());
  try {
    const page = await context.newPage();
    await page.goto('/supervisor/admin/care');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zorg voor medewerkers');
    const helpwanted = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Helpwanted' }) });
    await expect(helpwanted.getByTestId('heavy-subjects')).toHaveAttribute('open', '');
    await expectAccessible(page);
    await shot(page, 'admin-care');

    const stretch = helpwanted.getByLabel('Minuten chatten zonder pauze voor een pauze wordt voorgesteld');
    await stretch.fill('10');
    await helpwanted.getByRole('button', { name: 'Opslaan' }).click();
    await expect(stretch).toHaveAttribute('aria-invalid', 'true');
    await expect(helpwanted.getByText('Kies 30 tot 480 minuten, in hele minuten.')).toBeVisible();
    await shot(page, 'admin-care-error');

    await stretch.fill('90');
    await helpwanted.getByTestId('heavy-subjects').getByLabel('foto/video online').check();
    await helpwanted.getByRole('button', { name: 'Opslaan' }).click();
    await expect(helpwanted.getByTestId('save-status')).toHaveText('Opgeslagen.');
    const saved = CareSettings.array().parse(await (await api.get('/api/care')).json());
    expect(saved.find((s) => s.programme === 'helpwanted')).toMatchObject({
      stretchMinutes: 90,
      heavyTags: { subjects: expect.arrayContaining(['threatened-blackmailed', 'image-online']) },
    });
  } finally {
    for (const s of stored)
      await api.put(`/api/programmes/${s.programme}/care`, {
        data: { stretchMinutes: s.stretchMinutes, heavyTags: s.heavyTags },
      });
    await api.dispose();
    await context.close();
  }
});

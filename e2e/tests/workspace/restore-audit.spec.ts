import { AuditEntry, MeAnswer } from '@helpline/shared/http';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import {
  annasShift,
  apiAs,
  boss,
  closeOutLeftovers,
  openWorkspace,
  setPresence,
  visitor,
  workspaceStaff,
} from '../../fixtures/workspace';

const visitors = annasShift();

test.describe('nothing lost, everything read is recorded', () => {
  test('a reload mid-shift restores every open chat in order, with messages and notes', async ({ page }) => {
    await openWorkspace(page, workspaceStaff().anna);
    await setPresence(page, 'Beschikbaar');
    for (const programme of ['helpwanted', 'stopitnow', 'helpwanted'] as const) {
      const v = await visitor(programme);
      visitors.push(v);
      await expect(page.locator(`[data-conversation-id="${v.conversationId}"]`)).toBeVisible();
    }
    for (const [index, v] of visitors.entries()) await v.say(`Bericht van bezoeker ${index + 1}`);
    const chats = page.getByTestId('my-chat');
    const order = await chats.evaluateAll((els) => els.map((el) => el.getAttribute('data-conversation-id')));
    expect(order).toEqual(visitors.map((v) => v.conversationId));
    await chats.nth(1).click();
    await page.getByLabel('Bericht aan de bezoeker').fill('Antwoord aan bezoeker 2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log')).toContainText('Antwoord aan bezoeker 2');
    await page.getByRole('tab', { name: /Notities/ }).click();
    await page.getByLabel('Interne notitie').fill('Belt misschien terug');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(page.getByTestId('notes')).toContainText('Belt misschien terug');
    await page.getByLabel('Bericht aan de bezoeker').fill('Half getypt');

    await page.reload();
    await expect(page.getByTestId('connection')).toHaveText('Verbonden');
    await expect(chats).toHaveCount(3);
    expect(await chats.evaluateAll((els) => els.map((el) => el.getAttribute('data-conversation-id')))).toEqual(order);
    for (const [index] of visitors.entries()) {
      await chats.nth(index).click();
      await expect(page.getByRole('log')).toContainText(`Bericht van bezoeker ${index + 1}`);
    }
    await chats.nth(1).click();
    await expect(page.getByRole('log')).toContainText('Antwoord aan bezoeker 2');
    await expect(page.getByLabel('Bericht aan de bezoeker')).toHaveValue('Half getypt');
    await page.getByRole('tab', { name: /Notities/ }).click();
    await expect(page.getByTestId('notes')).toContainText('Belt misschien terug');
    // After the reload the visitors still reach this counsellor.
    await visitors[2]?.say('Nog steeds hier');
    await chats.nth(2).click();
    await expect(page.getByRole('log')).toContainText('Nog steeds hier');
  });

  test('opening a past transcript from the history writes one audit row', async ({ page }) => {
    const { anna } = workspaceStaff();
    await openWorkspace(page, anna);
    await setPresence(page, 'Beschikbaar');
    const v = await visitor('helpwanted');
    visitors.push(v);
    const item = page.locator(`[data-conversation-id="${v.conversationId}"]`);
    await item.click();
    await v.say('Een bericht voor later');
    await expect(page.getByRole('log')).toContainText('Een bericht voor later');
    await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, beëindigen' }).click();
    await expect(page.getByTestId('ended-banner')).toBeVisible();

    const annaApi = await apiAs(anna);
    const me = MeAnswer.parse(await (await annaApi.get('/api/auth/me')).json()).staff;
    const reads = async () => {
      const entries = z.array(AuditEntry).parse(await (await (await boss()).get(`/api/audit?staffId=${me.id}`)).json());
      return entries.filter((e) => e.action === 'transcript.read' && e.targetId === v.conversationId).length;
    };
    const before = await reads();

    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    const row = page.getByTestId('history-conversation').filter({ hasText: 'tags niet compleet' }).first();
    await row.getByRole('button', { name: 'Transcript openen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transcript' });
    await expect(dialog.getByTestId('transcript')).toContainText('Een bericht voor later');
    await expect.poll(reads).toBe(before + 1);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
    expect(await reads()).toBe(before + 1);
  });

  test('a returning visitor is marked in the queue and their earlier chat is listed beside the live one, opened audited', async ({
    page,
  }) => {
    const { anna } = workspaceStaff();
    await openWorkspace(page, anna);
    await setPresence(page, 'Beschikbaar');
    const before = await visitor('stopitnow');
    visitors.push(before);
    await expect(page.locator(`[data-conversation-id="${before.conversationId}"]`)).toBeVisible();
    await before.say('Eerste keer hier');
    const code = await before.returnCode();
    await before.leave();
    await closeOutLeftovers(anna);
    await expect(page.getByTestId('my-chat')).toHaveCount(1);
    await page.reload();
    await expect(page.getByTestId('my-chat')).toHaveCount(0);

    await setPresence(page, 'Even weg');
    const back = await visitor('stopitnow', { returnCode: code });
    visitors.push(back);
    await expect(page.getByTestId('queue-item')).toContainText('Terugkerend');
    await page
      .getByTestId('queue-item')
      .getByRole('button', { name: /Aannemen/ })
      .click();
    await expect(page.getByRole('heading', { name: /^Gesprek sinds/ })).toBeVisible();
    await expect(page.getByText('Terugkerende bezoeker')).toBeVisible();
    await page.getByRole('tab', { name: 'Eerder' }).click();
    const earlier = page.getByTestId('earlier').locator('li');
    await expect(earlier).toHaveCount(1);
    await expect(earlier).toContainText('met Anna');
    const reads = async () => {
      const annaApi = await apiAs(anna);
      const me = MeAnswer.parse(await (await annaApi.get('/api/auth/me')).json()).staff;
      const entries = z.array(AuditEntry).parse(await (await (await boss()).get(`/api/audit?staffId=${me.id}`)).json());
      return entries.filter((e) => e.action === 'transcript.read' && e.targetId === before.conversationId).length;
    };
    const seen = await reads();
    await earlier.getByRole('button', { name: 'Transcript openen' }).click();
    await expect(page.getByRole('dialog', { name: 'Transcript' })).toContainText('Eerste keer hier');
    await expect.poll(reads).toBe(seen + 1);
  });
});

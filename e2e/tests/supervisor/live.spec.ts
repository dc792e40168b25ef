import { createStaffSocket } from '@helpline/shared/client';
import { expect, test } from '@playwright/test';
import { E2E_BASE_URL } from '../../fixtures/server';
import {
  artifact,
  counsellorRequest,
  expectAccessible,
  openAllDayToday,
  putHours,
  saveHours,
  supervisorContext,
  visitorSocket,
} from './supervisor-helpers';

test.describe('supervisor live overview', () => {
  test('a waiting visitor appears live, then counts as missed after leaving the queue', async ({ browser }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
    const page = await context.newPage();
    const visitor = await visitorSocket();
    try {
      await page.goto('/supervisor');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Live overzicht');
      await expect(page.getByTestId('live-connection')).toHaveAttribute('data-connected', 'true');
      const helpwanted = page.getByTestId('live-helpwanted');
      await expect(helpwanted).toHaveAttribute('data-open', 'true');
      const missedBefore = Number(await helpwanted.getByTestId('tile-missed').locator('dd').first().textContent());

      const joined = await visitor.emitWithAck('queue:join', { programme: 'helpwanted' });
      expect(joined.ok).toBe(true);
      await expect(page.getByTestId('queue-table').getByRole('row', { name: /Helpwanted/ })).toHaveCount(1);
      await expect(helpwanted.getByTestId('tile-waiting').locator('dd')).toHaveText('1');
      await expectAccessible(page);
      await page.screenshot({ path: artifact('supervisor-live-waiting'), fullPage: true });

      if (!joined.ok) throw new Error('join failed');
      await visitor.emitWithAck('conversation:leave', { conversationId: joined.conversationId });
      await expect(page.getByText('Niemand wacht op dit moment.')).toBeVisible();
      await expect(helpwanted.getByTestId('tile-waiting').locator('dd')).toHaveText('0');
      await expect(helpwanted.getByTestId('tile-missed').locator('dd').first()).toHaveText(String(missedBefore + 1));
      await expect(helpwanted.getByTestId('missed-split')).toContainText(/\d+ afgehaakt/);

      await page.getByRole('link', { name: 'Gemiste contacten' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemiste contacten');
      await page.getByText(/De laatste \d+ van \d+/).click();
      await expect(page.getByRole('row', { name: /Helpwanted.*Afgehaakt in de wachtrij/ }).first()).toBeVisible();
    } finally {
      visitor.disconnect();
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await context.close();
    }
  });

  test('a supervisor monitors a live chat silently and sees new messages arrive', async ({ browser }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
    const counsellor = await counsellorRequest(browser);
    const cookie = (await counsellor.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const staffSocket = createStaffSocket(E2E_BASE_URL, { extraHeaders: { cookie }, forceNew: true });
    const visitor = await visitorSocket();
    const page = await context.newPage();
    try {
      const joined = await visitor.emitWithAck('queue:join', { programme: 'helpwanted' });
      if (!joined.ok) throw new Error(`join failed: ${joined.error.message}`);
      const accepted = await staffSocket.emitWithAck('conversation:accept', { conversationId: joined.conversationId });
      expect(accepted.ok).toBe(true);
      await visitor.emitWithAck('message:send', {
        conversationId: joined.conversationId,
        clientId: crypto.randomUUID(),
        body: 'Eerste bericht van de bezoeker',
      });

      await page.goto('/supervisor');
      await page
        .getByRole('link', { name: /Meekijken met het gesprek/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Meekijken');
      const transcript = page.getByTestId('monitor-transcript');
      await expect(transcript).toContainText('Eerste bericht van de bezoeker');
      // Nothing can be written to the visitor: the one text field is the message to the counsellor only.
      await expect(page.getByRole('textbox')).toHaveCount(1);
      await expect(page.getByRole('textbox')).toHaveAccessibleName(/^Je bericht aan /);

      await staffSocket.emitWithAck('message:send', {
        conversationId: joined.conversationId,
        clientId: crypto.randomUUID(),
        body: 'Antwoord van de medewerker',
      });
      await expect(transcript).toContainText('Antwoord van de medewerker');
      await expectAccessible(page);
      await page.screenshot({ path: artifact('supervisor-monitor'), fullPage: true });

      const audit = (await (await context.request.get('/api/audit?action=transcript.read')).json()) as {
        targetId: string;
        details: { via?: string } | null;
      }[];
      expect(audit.filter((e) => e.targetId === joined.conversationId).map((e) => e.details?.via)).toContain(
        'monitor:join',
      );
      await staffSocket.emitWithAck('conversation:end', { conversationId: joined.conversationId });
      await expect(page.getByText('Dit gesprek is beëindigd.')).toBeVisible();
    } finally {
      visitor.disconnect();
      staffSocket.disconnect();
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await counsellor.close();
      await context.close();
    }
  });
});

import type { Whisper } from '@helpline/shared';
import type { StaffSocket, VisitorSocket } from '@helpline/shared/client';
import { expect, test } from '@playwright/test';
import {
  artifact,
  counsellorSocket,
  expectAccessible,
  openAllDayToday,
  putHours,
  saveHours,
  staff,
  supervisorContext,
  visitorSocket,
} from './supervisor-helpers';

/** A visitor in a chat the counsellor accepted; every event the visitor's socket hears is kept. */
const chatWith = async (counsellor: StaffSocket) => {
  const visitor = await visitorSocket();
  const heard: { event: string; payload: unknown }[] = [];
  visitor.onAny((event: string, payload: unknown) => heard.push({ event, payload }));
  const joined = await visitor.emitWithAck('queue:join', { programme: 'helpwanted' });
  if (!joined.ok) throw new Error(`join failed: ${joined.error.message}`);
  const accepted = await counsellor.emitWithAck('conversation:accept', { conversationId: joined.conversationId });
  expect(accepted.ok).toBe(true);
  return { visitor, heard, conversationId: joined.conversationId };
};

const nextWhisper = (socket: StaffSocket) => new Promise<Whisper>((resolve) => socket.once('whisper', resolve));

test.describe('a supervisor at hand (issue 20)', () => {
  test('counsellors ask for help: every supervisor page shows it with a sound, the link opens monitoring, the whisper reaches the counsellor only', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
    const counsellor = await counsellorSocket(browser);
    const alias = `${staff().counsellor} alias`;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const chats: { visitor: VisitorSocket; conversationId: string }[] = [];
    try {
      const first = await chatWith(counsellor.socket);
      const second = await chatWith(counsellor.socket);
      chats.push(first, second);

      // Not the live wall: any supervisor page hears it.
      await page.goto('/supervisor/reports');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarcijfers');
      await page.getByRole('heading', { level: 1 }).click();
      const banner = page.getByTestId('help-requests');
      await expect(banner).toHaveAttribute('data-count', '0');
      // The page's socket must be connected to hear it (a loaded machine takes its time).
      await expect(banner).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
      expect(
        await counsellor.socket.emitWithAck('help:request', { conversationId: first.conversationId }),
      ).toMatchObject({
        ok: true,
      });
      await expect(banner).toHaveAttribute('data-count', '1');
      const asked = await counsellor.socket.emitWithAck('help:request', { conversationId: second.conversationId });
      expect(asked.ok && asked.supervisors).toBeGreaterThanOrEqual(1);
      await expect(banner).toHaveAttribute('data-count', '2');
      await expect(banner.getByRole('heading', { level: 2 })).toHaveText('2 medewerkers vragen om hulp');
      const requests = banner.getByTestId('help-request');
      await expect(requests.first()).toContainText(`${alias} vraagt om hulp sinds`);
      await expect(page.getByTestId('help-sound')).not.toHaveAttribute('data-plays', '0');
      await expectAccessible(page);
      await page.screenshot({ path: artifact('help-requests-banner'), fullPage: true });

      // Listed until dismissed, across pages and a reload of the tab.
      await page.getByRole('link', { name: 'Gemiste contacten' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemiste contacten');
      await page.reload();
      await expect(banner).toHaveAttribute('data-count', '2', { timeout: 15_000 });

      await requests
        .filter({ has: page.locator(`[href$="/supervisor/monitor/${first.conversationId}"]`) })
        .getByRole('link', { name: `Meekijken bij ${alias}` })
        .click();
      await expect(page).toHaveURL(new RegExp(`/supervisor/monitor/${first.conversationId}$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Meekijken');
      await expect(requests.first()).toContainText('je kijkt mee');

      const whisper = page.getByTestId('whisper');
      await expect(whisper.getByRole('heading')).toHaveText(`Bericht aan ${alias} (alleen de medewerker)`);
      await expect(whisper).toContainText('De bezoeker ziet het nooit.');
      const field = whisper.getByLabel(`Je bericht aan ${alias}`);
      // Checked with the shared schema before it goes: an empty message is refused on the field, in words.
      await whisper.getByRole('button', { name: 'Stuur naar de medewerker' }).click();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(whisper).toContainText('Vul een tekst in van hoogstens 4000 tekens.');
      await expectAccessible(page);
      await page.screenshot({ path: artifact('whisper-field-error'), fullPage: true });

      const body = 'Vraag of de deadline vanavond is, en zeg dat betalen niet helpt.';
      const atCounsellor = nextWhisper(counsellor.socket);
      await field.fill(body);
      await whisper.getByRole('button', { name: 'Stuur naar de medewerker' }).click();
      await expect(whisper.getByRole('status')).toHaveText('Verstuurd naar de medewerker.');
      await expect(field).toHaveValue('');
      expect(await atCounsellor).toMatchObject({ conversationId: first.conversationId, body });
      await expect(page.getByTestId('whisper-list')).toContainText(body);
      await expect(page.getByTestId('whisper-list').getByRole('listitem')).toHaveCount(1);
      await expectAccessible(page);
      await page.screenshot({ path: artifact('whisper-sent'), fullPage: true });

      // A message after the whisper reaches the visitor: the whisper, had it been sent to them, came before it.
      const after = new Promise((resolve) => first.visitor.once('message', resolve));
      await counsellor.socket.emitWithAck('message:send', {
        conversationId: first.conversationId,
        clientId: crypto.randomUUID(),
        body: 'Ben je er nog?',
      });
      await after;
      expect(first.heard.map((h) => h.event)).not.toContain('whisper');
      expect(JSON.stringify(first.heard)).not.toContain(body);
      expect(JSON.stringify(second.heard)).not.toContain(body);

      // Dismissed one by one; the other stays listed.
      await requests
        .first()
        .getByRole('button', { name: `Hulpvraag van ${alias} verbergen` })
        .click();
      await expect(banner).toHaveAttribute('data-count', '1');
      await expect(requests).toHaveCount(1);
      await requests
        .first()
        .getByRole('button', { name: /verbergen/ })
        .click();
      await expect(banner).toHaveAttribute('data-count', '0');

      await page.goto('/en/supervisor');
      await expect(banner).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
      await counsellor.socket.emitWithAck('help:request', { conversationId: second.conversationId });
      await expect(banner).toHaveAttribute('data-count', '1');
      await expect(banner).toContainText(`${alias} asks for help since`);
      await expect(banner.getByRole('link', { name: `Monitor ${alias}’s chat` })).toBeVisible();
      await page.screenshot({ path: artifact('help-requests-banner-en'), fullPage: true });

      // After a chat, a debrief: listed quietly, who and when, never which chat.
      await counsellor.socket.emitWithAck('conversation:end', { conversationId: first.conversationId });
      const debrief = await counsellor.socket.emitWithAck('debrief:request', { conversationId: first.conversationId });
      expect(debrief.ok).toBe(true);
      const debriefs = page.getByTestId('debrief-requests');
      await expect(debriefs).toContainText(new RegExp(`${alias} asks for a debrief \\(at \\d\\d:\\d\\d\\)\\.`));
      await expect(debriefs.locator(`[href*="${first.conversationId}"]`)).toHaveCount(0);
      await expectAccessible(page);
      await page.screenshot({ path: artifact('debrief-request-en'), fullPage: true });
      await debriefs.getByRole('button', { name: `Mark the debrief request from ${alias} as seen to` }).click();
      await expect(debriefs).toHaveCount(0);
    } finally {
      for (const chat of chats) {
        await counsellor.socket.emitWithAck('conversation:end', { conversationId: chat.conversationId });
        chat.visitor.disconnect();
      }
      await counsellor.close();
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await context.close();
    }
  });
});

import type { ProgrammeHours } from '@helpline/shared';
import type { MissedReport, ReportSummaryAnswer } from '@helpline/shared/http';
import { expect, type Page, test } from '@playwright/test';
import {
  amsterdamToday,
  artifact,
  counsellorRequest,
  counsellorSocket,
  expectAccessible,
  openAllDayToday,
  putHours,
  saveHours,
  supervisorContext,
  visitorSocket,
  writeMailbox,
} from './supervisor-helpers';

const closedToday = (hours: ProgrammeHours): ProgrammeHours => ({
  ...hours,
  exceptions: [
    ...hours.exceptions.filter((e) => e.date !== amsterdamToday()),
    { date: amsterdamToday(), closed: true },
  ],
});

/** Loads a figures page and answers what the server answered it (the figures the page shows). */
const openWithAnswer = async <T>(page: Page, path: string, api: RegExp): Promise<T> => {
  const answer = page.waitForResponse((r) => api.test(r.url()) && r.ok());
  await page.goto(path);
  return (await (await answer).json()) as T;
};

test.describe('figures of the mailbox and of urgent chats (issues 19 and 20)', () => {
  test('the report shows the mailbox, urgent chats and their waits, the print report too; the missed page who left a message', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const summaryPath = '/supervisor/reports?programme=helpwanted';
    const summaryApi = /\/api\/reports\/summary\?/;
    const missedApi = /\/api\/supervisor\/missed\?/;
    const counsellor = await counsellorSocket(browser);
    const counsellorApi = await counsellorRequest(browser);
    try {
      const before = await openWithAnswer<ReportSummaryAnswer>(page, summaryPath, summaryApi);
      const missedBefore = await openWithAnswer<MissedReport>(
        page,
        '/supervisor/missed?programme=helpwanted',
        missedApi,
      );

      // A visitor finds the chat closed and leaves a message; a counsellor answers it.
      await putHours(context.request, 'helpwanted', closedToday(stored.helpwanted));
      const thread = await writeMailbox('helpwanted', 'De chat is dicht. Iemand dreigt mijn foto’s te delen.');
      expect((await counsellorApi.request.post(`/api/mailbox/${thread.conversationId}/claim`)).ok()).toBe(true);
      const answered = await counsellorApi.request.post(`/api/mailbox/${thread.conversationId}/messages`, {
        data: { clientId: crypto.randomUUID(), body: 'Goed dat je schrijft. Betaal niet.' },
      });
      expect(answered.ok(), await answered.text()).toBe(true);

      // An urgent chat (a deadline) is answered and ended.
      await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
      const visitor = await visitorSocket();
      const joined = await visitor.timeout(15_000).emitWithAck('queue:join', {
        programme: 'helpwanted',
        intake: { urgency: 'deadline' },
      });
      if (!joined.ok) throw new Error(joined.error.message);
      expect(
        (
          await counsellor.socket
            .timeout(15_000)
            .emitWithAck('conversation:accept', { conversationId: joined.conversationId })
        ).ok,
      ).toBe(true);
      await counsellor.socket
        .timeout(15_000)
        .emitWithAck('conversation:end', { conversationId: joined.conversationId });
      visitor.disconnect();

      const after = await openWithAnswer<ReportSummaryAnswer>(page, summaryPath, summaryApi);
      expect(after.mailbox.received).toBe(before.mailbox.received + 1);
      expect(after.mailbox.answered).toBe(before.mailbox.answered + 1);
      expect(after.contacts.byChannel.mailbox).toBe(before.contacts.byChannel.mailbox + 1);
      expect(after.chats.urgent?.deadline).toBe((before.chats.urgent?.deadline ?? 0) + 1);
      expect(after.waits.urgent?.medianSeconds).not.toBeNull();

      const mailbox = page.getByTestId('mailbox-figures');
      const figure = (id: string) => mailbox.getByTestId(`sum-mailbox-${id}`).locator('dd').first();
      await expect(figure('received')).toHaveText(String(after.mailbox.received));
      await expect(figure('answered')).toHaveText(String(after.mailbox.answered));
      await expect(figure('median')).toHaveText(/^\d+(,\d)? u$/);
      await expect(figure('p90')).toHaveText(/^\d+(,\d)? u$/);
      await expect(figure('overdue')).toHaveText(String(after.mailbox.overdue));

      const channels = page.getByTestId('chart-channels');
      await expect(channels).toContainText(
        after.contacts.byChannel.mailbox === 1
          ? '1 brievenbusbericht'
          : `${after.contacts.byChannel.mailbox} brievenbusberichten`,
      );
      await channels.getByText('Toon als tabel').click();
      await expect(channels.getByRole('row', { name: /Brievenbus/ })).toContainText(
        String(after.contacts.byChannel.mailbox),
      );

      const urgent = page.getByTestId('chart-urgent');
      await expect(urgent.getByRole('heading')).toHaveText('Dringende chats');
      await expect(urgent).toContainText(`Dreiging of deadline: ${after.chats.urgent?.deadline}`);
      await urgent.getByText('Toon als tabel').click();
      await expect(urgent.getByRole('row', { name: /Denkt aan zichzelf iets aandoen/ })).toBeVisible();
      const waits = page.getByRole('table', { name: 'Wachttijd van dringende chats en de andere' });
      await expect(waits.getByRole('row', { name: /Dringend: mediane wachttijd/ })).toContainText(/\d+ (s|min)/);
      await expect(waits.getByRole('row', { name: /Overige: mediane wachttijd/ })).toBeVisible();
      await expectAccessible(page);
      await page.getByTestId('mailbox-figures').scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifact('reports-mailbox-urgency'), fullPage: true });

      await page.getByRole('link', { name: 'Afdrukbaar verslag' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarverslag Helpwanted');
      const printed = page.getByRole('table', { name: 'Brievenbus', exact: true });
      await expect(printed.getByRole('row', { name: /Ontvangen/ })).toContainText(String(after.mailbox.received));
      await expect(printed.getByRole('row', { name: /Later dan beloofd/ })).toBeVisible();
      const printedUrgent = page.getByRole('table', { name: 'Dringende chats', exact: true });
      await expect(printedUrgent.getByRole('row', { name: /Dreiging of deadline/ })).toContainText(
        String(after.chats.urgent?.deadline),
      );
      await expect(printedUrgent.getByRole('row', { name: /Dringend: 90% wachtte korter dan/ })).toBeVisible();
      await expect(
        page.getByRole('table', { name: 'Contacten', exact: true }).getByRole('row', { name: /Brievenbus/ }),
      ).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: artifact('reports-print-mailbox-urgency'), fullPage: true });

      const missed = await openWithAnswer<MissedReport>(page, '/supervisor/missed?programme=helpwanted', missedApi);
      expect(missed.mailboxInstead).toBe((missedBefore.mailboxInstead ?? 0) + 1);
      const instead = page.getByTestId('missed-mailbox-instead');
      await expect(instead.locator('dd').first()).toHaveText(String(missed.mailboxInstead));
      await expect(instead).toContainText('Liet een bericht achter');
      await expect(instead).toContainText(`${missed.byKind['outside-hours']} keer buiten openingstijd`);
      await expectAccessible(page);
      await page.screenshot({ path: artifact('missed-mailbox-instead'), fullPage: true });

      await page.goto('/en/supervisor/reports?programme=helpwanted');
      await expect(page.getByTestId('chart-urgent').getByRole('heading')).toHaveText('Urgent chats', {
        timeout: 20_000,
      });
      await expect(page.getByTestId('mailbox-figures')).toContainText('Later than promised');
    } finally {
      await putHours(context.request, 'helpwanted', stored.helpwanted);
      await counsellor.close();
      await counsellorApi.close();
      await context.close();
    }
  });
});

import type { Message } from '@helpline/shared/events';
import { bodies, joinFromIntake, send, startChat } from '../../fixtures/chat-page';
import { expect, expectAccessible, snap, test, watchForeignRequests } from '../../fixtures/visitor';

test.describe('visitor chat on the programme page', () => {
  test('a whole chat: notice, intake, honest wait, messages both ways, survey, and a return code that links the next chat', async ({
    page,
    browser,
    hours,
    counsellor,
  }) => {
    await hours.open('helpwanted');
    const foreign = watchForeignRequests(page);
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto('/chat/helpwanted');
    await expect(page).toHaveTitle('Chat');
    await expect(page.getByTestId('notice')).toContainText('Je chat anoniem');
    await expectAccessible(page, 'notice');
    await snap(page, 'chat-1-notice');

    await page.getByRole('button', { name: 'Ik begrijp het' }).click();
    await expect(page.getByRole('heading', { name: 'Een paar vragen' })).toBeFocused();
    await expectAccessible(page, 'intake');
    await snap(page, 'chat-2-intake');

    await joinFromIntake(page, { ageBand: '12-18', about: 'Over mezelf' });
    const status = page.getByTestId('queue-status');
    await expect(status).toContainText('Je bent nummer 1 in de wachtrij.');
    await expect(status).toContainText('Er is nu niemand beschikbaar. We kunnen niet zeggen hoe lang het duurt.');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(page).toHaveTitle('Chat');
    await expectAccessible(page, 'waiting');
    await snap(page, 'chat-3-waiting');

    const seen: Message[] = [];
    counsellor.socket.on('message', (m) => seen.push(m));
    const assigned = counsellor.nextAssigned();
    await counsellor.available();
    const conversation = await assigned;
    expect(conversation.intake).toMatchObject({ ageBand: '12-18', about: 'self', language: 'nl' });
    await expect(page.getByTestId('chat-started')).toContainText('Anna is er voor je.');

    await send(page, 'Hoi, iemand dreigt mijn foto’s te delen.');
    await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();
    await expect.poll(() => seen.map((m) => m.body)).toEqual(['Hoi, iemand dreigt mijn foto’s te delen.']);
    counsellor.socket.emit('typing', { conversationId: conversation.id, typing: true });
    await expect(page.getByTestId('chat-state-line')).toHaveText('Anna typt…');
    await counsellor.send(conversation.id, 'Wat naar voor je. Je hebt er goed aan gedaan om te chatten.');
    await expect(bodies(page)).toHaveText([
      'Hoi, iemand dreigt mijn foto’s te delen.',
      'Wat naar voor je. Je hebt er goed aan gedaan om te chatten.',
    ]);
    await expect(page).toHaveTitle('Chat');
    await expectAccessible(page, 'chatting');
    await snap(page, 'chat-4-chatting');

    expect(
      await counsellor.socket.timeout(8000).emitWithAck('conversation:end', { conversationId: conversation.id }),
    ).toEqual({ ok: true });
    await expect(page.getByTestId('ended')).toHaveText('De medewerker heeft het gesprek afgesloten.');
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByRole('group', { name: 'Voel je je nu beter dan voor het gesprek?' }).getByLabel('Ja').check();
    await page.getByRole('group', { name: 'Zou je deze chat aanraden aan iemand anders?' }).getByLabel('Ja').check();
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect(page.getByText('Bedankt voor je antwoord.')).toBeVisible();
    await page.getByRole('button', { name: 'Maak een terugkomcode' }).click();
    const code = (await page.getByTestId('return-code').textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expectAccessible(page, 'ended');
    await snap(page, 'chat-5-ended');

    // No trace and no tracking during the whole chat, and everything ran under the page's CSP.
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

    // A later contact, in a fresh tab, with the return code: the counsellor sees a returning visitor.
    const later = await browser.newContext();
    const next = await later.newPage();
    const linked = counsellor.nextAssigned();
    await startChat(next, { returnCode: code.toLowerCase() });
    expect((await linked).returning).toBe(true);
    await expect(next.getByTestId('chat-started')).toBeVisible();
    await later.close();
  });

  test('a mistyped return code is named at the field, and nothing is joined', async ({ page, hours }) => {
    await hours.open('helpwanted');
    await page.goto('/chat/helpwanted');
    await page.getByRole('button', { name: 'Ik begrijp het' }).click();
    await page.getByText('Ik heb een terugkomcode').click();
    await page.getByLabel('Terugkomcode (als je die hebt)').fill('NOPE');
    await page.getByRole('button', { name: 'Start de chat' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Deze code' })).toHaveText(
      'Deze code klopt niet. Hij ziet eruit als ABCD-EFGH-JKMN.',
    );
    await expect(page.getByTestId('queue-status')).toHaveCount(0);
    await expect(page.getByLabel('Terugkomcode (als je die hebt)')).toHaveAttribute('aria-invalid', 'true');
  });

  test('English under /en: the same chat in English', async ({ page, hours }) => {
    await hours.open('stopitnow');
    await page.goto('/en/chat/stopitnow');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('notice')).toContainText('What stays anonymous');
    await expect(page.getByTestId('notice')).toContainText('Where the limits are');
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('button', { name: 'Skip and chat now' }).click();
    await expect(page.getByTestId('queue-status')).toContainText('You are number 1 in the queue.');
    await expectAccessible(page, 'waiting (en)');
    await page.getByRole('button', { name: 'Stop waiting' }).click();
    await expect(page.getByTestId('ended')).toHaveText('You stopped waiting.');
  });
});

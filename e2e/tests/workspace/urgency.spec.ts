import type { DebriefRequested, HelpRequested } from '@helpline/shared/events';
import { expect, test } from '@playwright/test';
import { bodies, send, startChat } from '../../fixtures/chat-page';
import { closeContexts, counsellorAt1280, shot, visitorPhone } from '../../fixtures/shots';
import { expectAccessible } from '../../fixtures/visitor';
import {
  endShift,
  setPresence,
  supervisorSocket,
  type TestVisitor,
  visitor,
  workspaceStaff,
} from '../../fixtures/workspace';

const visitors: TestVisitor[] = [];
test.afterEach(async () => {
  await closeContexts();
  await endShift(visitors.splice(0), [workspaceStaff().anna]);
});

test('an urgent chat overtakes two waiting ones, marked in words; the counsellor corrects its urgency (issue 20)', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await counsellorAt1280(browser, workspaceStaff().anna);
  await setPresence(page, 'Even weg');
  const items = page.getByTestId('queue-item');
  const first = await visitor('helpwanted', { ageBand: '12-18', about: 'self' });
  visitors.push(first);
  const second = await visitor('stopitnow', { about: 'other' });
  visitors.push(second);
  await expect(items).toHaveCount(2);
  const urgent = await visitor('helpwanted', { urgency: 'deadline', about: 'self' });
  visitors.push(urgent);

  // Served first though it came last, and said in words (with an icon), not by colour alone.
  await expect(items).toHaveCount(3);
  await expect
    .poll(() => items.evaluateAll((li) => li.map((el) => el.getAttribute('data-queue-id'))))
    .toEqual([urgent.conversationId, first.conversationId, second.conversationId]);
  await expect(items.first().getByTestId('urgency-mark')).toHaveText('Urgent: deadline of dreiging');
  await expect(page.getByTestId('urgency-mark')).toHaveCount(1);
  await expect(items.first().getByRole('button')).toHaveAccessibleName(
    /^Aannemen: Helpwanted, Urgent: deadline of dreiging, wacht \d+:\d\d$/,
  );
  await expectAccessible(page, 'queue with an urgent chat');
  await shot(page, 'issue20-queue-urgent-first');

  // Alt+A takes the first in the queue: the urgent one.
  await page.keyboard.press('Alt+A');
  const chat = page.locator(`[data-conversation-id="${urgent.conversationId}"]`);
  await expect(chat).toHaveAttribute('aria-current', 'true');
  await expect(chat.getByTestId('urgency-mark')).toHaveText('Urgent: deadline of dreiging');
  const urgency = page.getByLabel('Urgentie');
  await expect(urgency).toHaveValue('deadline');
  await expect(urgency.locator('option:checked')).toHaveText('Urgent: deadline of dreiging');
  await expect(items).toHaveCount(2);
  await shot(page, 'issue20-pane-urgent');

  // It was less pressing than the visitor feared: corrected, and the correction is what the server keeps.
  await urgency.selectOption({ label: 'niet urgent' });
  await expect(urgency).toHaveValue('none');
  await expect(urgency).toBeEnabled();
  await expect(chat.getByTestId('urgency-mark')).toHaveCount(0);
  await expectAccessible(page, 'urgency corrected');
  await shot(page, 'issue20-urgency-corrected');
  await page.reload();
  await expect(page.getByLabel('Urgentie')).toHaveValue('none');
});

test('a counsellor asks for help without leaving the chat; the supervisor’s whisper shows in the pane and never reaches the visitor; a debrief after (issue 20)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await counsellorAt1280(browser, workspaceStaff().anna);
  await setPresence(page, 'Beschikbaar');
  const phone = await visitorPhone(browser);
  await startChat(phone.page);
  await expect(phone.page.getByTestId('chat-started')).toContainText('Anna is er voor je.');
  const conversationId = (await page.getByTestId('my-chat').first().getAttribute('data-conversation-id')) ?? '';
  const composer = page.getByLabel('Bericht aan de bezoeker');
  await composer.fill('Ik lees even mee, een moment.');

  // Nobody on shift: the counsellor is told so plainly, and stays in the chat with what they were writing.
  await page.getByRole('button', { name: 'Hulp vragen' }).click();
  const answer = page.getByTestId('help-answer');
  await expect(answer).toContainText('Er is nu geen leidinggevende online: niemand heeft je vraag van');
  await expect(composer).toHaveValue('Ik lees even mee, een moment.');
  await expectAccessible(page, 'help asked, nobody on shift');
  await shot(page, 'issue20-help-nobody');

  const boss = await supervisorSocket();
  try {
    const called = new Promise<HelpRequested>((resolve) => boss.once('help:requested', resolve));
    await page.getByRole('button', { name: 'Hulp vragen' }).click();
    await expect(answer).toContainText('ging je vraag om hulp naar 1 leidinggevende. Er komt iemand meekijken');
    expect(await called).toMatchObject({ conversationId, counsellor: { alias: 'Anna' } });
    await expectAccessible(page, 'help asked, a supervisor coming');
    await shot(page, 'issue20-help-coming');

    const whisper = 'Vraag of er een deadline is genoemd, en noem 113.';
    expect(await boss.timeout(8000).emitWithAck('whisper:send', { conversationId, body: whisper })).toMatchObject({
      ok: true,
    });
    const note = page.getByTestId('whisper');
    await expect(note).toContainText(whisper);
    await expect(note).toContainText('Boss (leidinggevende)');
    await expect(note).toContainText('Alleen voor jou: de bezoeker ziet dit niet.');
    // Not a message of the conversation, and not in the composer: nothing sends it on.
    await expect(page.getByRole('log')).not.toContainText(whisper);
    await expect(composer).toHaveValue('Ik lees even mee, een moment.');
    await expectAccessible(page, 'a whisper in the pane');
    await shot(page, 'issue20-whisper');

    // What Anna sends after the whisper reaches the visitor; the whisper never does.
    await composer.press('Enter');
    await expect(bodies(phone.page)).toHaveText(['Ik lees even mee, een moment.']);
    await send(phone.page, 'Oké');
    await expect(page.getByRole('log')).toContainText('Oké');
    expect(await phone.page.content()).not.toContain('deadline is genoemd');
    expect(await phone.page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('deadline is genoemd');

    // After a reload the whisper is still a whisper, once, and never a handover note.
    await page.reload();
    await expect(page.getByRole('log')).toContainText('Oké', { timeout: 15_000 });
    await expect(page.getByTestId('whisper')).toHaveCount(1);
    await expect(page.getByTestId('whisper')).toContainText(whisper);
    await expect(page.getByTestId('whisper')).toContainText('Boss (leidinggevende)');
    await expect(page.getByTestId('handover')).toHaveCount(0);
    await expect(page.getByRole('log')).not.toContainText(whisper);

    // After the chat: a debrief asked quietly; supervisors hear who asks and when, nothing of the chat.
    await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
    await page.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await expect(page.getByTestId('ended-banner')).toBeVisible();
    await expect(answer).toHaveCount(0);
    const debriefed = new Promise<DebriefRequested>((resolve) => boss.once('debrief:requested', resolve));
    await page.getByRole('button', { name: 'Debrief vragen' }).click();
    await expect(page.getByTestId('debrief-answer')).toContainText('Debrief gevraagd om');
    await expect(page.getByTestId('debrief-answer')).toContainText('1 leidinggevende weet ervan.');
    await expect(page.getByRole('button', { name: 'Debrief vragen' })).toHaveCount(0);
    const request = await debriefed;
    expect(Object.keys(request).sort()).toEqual(['at', 'counsellor']);
    expect(request.counsellor.alias).toBe('Anna');
    await expectAccessible(page, 'debrief asked');
    await shot(page, 'issue20-debrief');
  } finally {
    boss.close();
  }
});

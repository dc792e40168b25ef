import { expect, test } from '@playwright/test';
import { chimeTones, countChimes } from '../../fixtures/chimes';
import { closeContexts, counsellorAt1280, shot } from '../../fixtures/shots';
import { endShift, setPresence, type TestVisitor, visitor, workspaceStaff } from '../../fixtures/workspace';

const visitors: TestVisitor[] = [];
test.afterEach(async () => {
  await closeContexts();
  await endShift(visitors.splice(0), [workspaceStaff().anna, workspaceStaff().bert]);
});

test('a transferred chat arrives with a chime, in front, its note first; only available counsellors are offered (issue 17, item 11)', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { anna, bert } = workspaceStaff();
  const annaPage = await counsellorAt1280(browser, anna);
  const bertPage = await counsellorAt1280(browser, bert);
  await setPresence(annaPage, 'Even weg');
  await setPresence(bertPage, 'Even weg');

  // Bert is busy with his own chat, looking at it.
  const own = await visitor('helpwanted', { ageBand: '12-18', about: 'self' });
  const handed = await visitor('helpwanted', { ageBand: '19-25', about: 'other' });
  visitors.push(own, handed);
  // The queue serves the longest waiting first: Bert takes his visitor, then Anna the other.
  await expect(bertPage.getByTestId('queue-item')).toHaveCount(2);
  await bertPage.getByTestId('queue-item').first().getByRole('button').click();
  await expect(bertPage.locator(`[data-conversation-id="${own.conversationId}"]`)).toBeVisible();
  await expect(annaPage.getByTestId('queue-item')).toHaveCount(1);
  await annaPage.getByTestId('queue-item').first().getByRole('button').click();
  await expect(annaPage.locator(`[data-conversation-id="${handed.conversationId}"]`)).toBeVisible();
  await handed.say('Mijn dochter wordt bedreigd met foto’s');

  // Bert is away: he is not offered (nor the supervisor, nor anyone offline).
  await annaPage.getByRole('button', { name: 'Overdragen' }).click();
  const dialog = annaPage.getByRole('dialog', { name: 'Gesprek overdragen' });
  await expect(dialog).toContainText('Er is nu geen collega van dit programma beschikbaar.');
  await shot(annaPage, 'item11-transfer-nobody-available');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  await setPresence(bertPage, 'Beschikbaar');
  await countChimes(bertPage, 'now');
  await annaPage.getByRole('button', { name: 'Overdragen' }).click();
  const colleague = dialog.getByLabel('Collega', { exact: true });
  await expect(colleague.locator('option')).toHaveText(['Kies een collega', 'Bert · Beschikbaar · 1 van 3 gesprekken']);
  await shot(annaPage, 'item11-transfer-dialog');
  await colleague.selectOption({ label: 'Bert · Beschikbaar · 1 van 3 gesprekken' });
  await dialog.getByLabel('Overdrachtsnotitie').fill('Moeder, dochter 15 wordt afgeperst. Politie nog niet gebeld.');
  await dialog.getByRole('button', { name: 'Overdragen' }).click();
  await expect(dialog).toBeHidden();

  // At Bert's: the chime, the chat in the middle pane, the handover note above the conversation.
  await expect(bertPage.getByTestId('my-chat')).toHaveCount(2);
  await expect.poll(() => chimeTones(bertPage)).toBe(2);
  const handedItem = bertPage.locator(`[data-conversation-id="${handed.conversationId}"]`);
  await expect(handedItem).toHaveAttribute('aria-current', 'true');
  await expect(bertPage.getByTestId('handover')).toContainText('Moeder, dochter 15 wordt afgeperst.');
  await expect(bertPage.getByRole('log')).toContainText('Mijn dochter wordt bedreigd');
  const noteBox = await bertPage.getByTestId('handover').boundingBox();
  const logBox = await bertPage.getByRole('log').boundingBox();
  expect(noteBox && logBox && noteBox.y < logBox.y).toBe(true);
  await shot(bertPage, 'item11-arrived');
});

import { bodies, send, startChat } from '../../fixtures/chat-page';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE });

test('after a transfer each counsellor message keeps the name of who wrote it, also after a reload', async ({
  page,
  hours,
  counsellor: anna,
  colleague: bram,
}) => {
  await hours.open('helpwanted');
  const assigned = bram.nextAssigned();
  await bram.available();
  await startChat(page);
  const { id } = await assigned;
  await expect(page.getByTestId('chat-started')).toContainText('Bram is er voor je.');
  await bram.send(id, 'Hoi, je spreekt met Bram');
  await send(page, 'Hoi Bram');
  await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();

  const toAnna = anna.nextAssigned();
  const transfer = await bram.socket.timeout(8000).emitWithAck('conversation:transfer', {
    conversationId: id,
    to: { staffId: anna.id },
  });
  expect(transfer).toMatchObject({ ok: true });
  expect((await toAnna).id).toBe(id);
  await anna.send(id, 'Hoi, ik ben Anna. Ik neem het over.');
  await expect(bodies(page)).toHaveText([
    'Hoi, je spreekt met Bram',
    'Hoi Bram',
    'Hoi, ik ben Anna. Ik neem het over.',
  ]);

  const author = (text: string) =>
    page.getByTestId('messages').locator('li[data-sender="counsellor"]').filter({ hasText: text }).locator('p').first();
  await expect(author('je spreekt met Bram')).toContainText('Bram');
  await expect(author('ik ben Anna')).toContainText('Anna');
  await expectAccessible(page, 'after a transfer');
  await shot(page, 'authorship-after-transfer');

  // A reload resumes the conversation from the server: the names come with the messages.
  await page.reload();
  await expect(bodies(page)).toHaveCount(3);
  await expect(author('je spreekt met Bram')).toContainText('Bram');
  await expect(author('je spreekt met Bram')).not.toContainText('Anna');
  await expect(author('ik ben Anna')).toContainText('Anna');
});

import { bodies, send, startChat } from '../../fixtures/chat-page';
import { expect, test } from '../../fixtures/visitor';

test('a transfer to the other programme is told in the visitor’s words (from its code), and the chat waits there with its messages', async ({
  page,
  hours,
  counsellor,
}) => {
  await hours.open('helpwanted');
  await hours.open('stopitnow');
  const assigned = counsellor.nextAssigned();
  await counsellor.available();
  await page.goto('/chat/helpwanted');
  await expect(page.getByTestId('programme-wait')).toHaveText('Er is een medewerker vrij: je chat begint meteen.');
  await startChat(page);
  const { id } = await assigned;
  await send(page, 'Kan iemand anders me helpen?');
  await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();

  await counsellor.socket.timeout(8000).emitWithAck('presence:set', { status: 'away' });
  const transfer = await counsellor.socket
    .timeout(8000)
    .emitWithAck('conversation:transfer', { conversationId: id, to: { programme: 'stopitnow' } });
  expect(transfer).toMatchObject({ ok: true });

  await expect(page.getByTestId('queue-status')).toContainText('Je bent nummer 1 in de wachtrij.');
  // The page's own words for the code, not the server's two-language fallback.
  await expect(
    page.getByText('Je wordt doorverbonden met een collega. Je gesprek blijft bewaard.', { exact: true }),
  ).toBeVisible();
  await expect(bodies(page)).toHaveText(['Kan iemand anders me helpen?']);

  await page.getByRole('button', { name: 'Stoppen met wachten' }).click();
  await expect(page.getByTestId('ended')).toHaveText('Je bent gestopt met wachten.');
});

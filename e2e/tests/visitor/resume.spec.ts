import type { Message } from '@helpline/shared/events';
import { bodies, send, startChat } from '../../fixtures/chat-page';
import { expect, test } from '../../fixtures/visitor';

test.describe('visitor chat across reloads and lost connections', () => {
  test('a reload mid-chat and messages sent while offline: the chat resumes, each message once, in order; the draft stays', async ({
    page,
    context,
    hours,
    counsellor,
  }) => {
    await hours.open('helpwanted');
    const fromVisitor: string[] = [];
    counsellor.socket.on('message', (m: Message) => {
      if (m.sender === 'visitor') fromVisitor.push(m.body);
    });
    const assigned = counsellor.nextAssigned();
    await counsellor.available();
    await startChat(page);
    const { id } = await assigned;
    await expect(page.getByTestId('chat-started')).toBeVisible();

    await send(page, 'een');
    await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();
    await counsellor.send(id, 'twee');
    await expect(bodies(page)).toHaveText(['een', 'twee']);

    await page.getByLabel('Je bericht').fill('half getypt');
    await page.reload();
    await expect(bodies(page)).toHaveText(['een', 'twee']);
    await expect(page.getByLabel('Je bericht')).toHaveValue('half getypt');

    await context.setOffline(true);
    await expect(page.getByTestId('chat-state-line')).toHaveText('Verbinding weg, we proberen het opnieuw…');
    await send(page, 'drie');
    await send(page, 'vier');
    await expect(page.getByText('Wordt verzonden…')).toHaveCount(2);
    await counsellor.send(id, 'vijf');
    await context.setOffline(false);

    // The counsellor's message came first on the server, then the two written offline, in the order written.
    await expect(bodies(page)).toHaveText(['een', 'twee', 'vijf', 'drie', 'vier']);
    await expect(page.getByText('Wordt verzonden…')).toHaveCount(0);
    await expect.poll(() => fromVisitor).toEqual(['een', 'drie', 'vier']);

    await page.reload();
    await expect(bodies(page)).toHaveText(['een', 'twee', 'vijf', 'drie', 'vier']);
    expect(fromVisitor).toEqual(['een', 'drie', 'vier']);
  });

  test('a message the server never acknowledges shows as not sent; retry sends it once', async ({
    page,
    hours,
    counsellor,
  }) => {
    // Between the page and the server: swallow the next message:send, as a network that loses one frame would.
    let dropNextSend = false;
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((frame) => {
        if (dropNextSend && typeof frame === 'string' && frame.includes('"message:send"')) {
          dropNextSend = false;
          return;
        }
        server.send(frame);
      });
    });
    await hours.open('helpwanted');
    const fromVisitor: string[] = [];
    counsellor.socket.on('message', (m: Message) => {
      if (m.sender === 'visitor') fromVisitor.push(m.body);
    });
    const assigned = counsellor.nextAssigned();
    await counsellor.available();
    await startChat(page);
    await assigned;
    await expect(page.getByTestId('chat-started')).toBeVisible();

    dropNextSend = true;
    await send(page, 'Komt dit aan?');
    await expect(page.getByText('Wordt verzonden…')).toBeVisible();
    await expect(page.getByText('Niet verzonden.')).toBeVisible({ timeout: 12_000 });
    expect(fromVisitor).toEqual([]);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();
    await expect(bodies(page)).toHaveText(['Komt dit aan?']);
    await expect.poll(() => fromVisitor).toEqual(['Komt dit aan?']);
  });
});

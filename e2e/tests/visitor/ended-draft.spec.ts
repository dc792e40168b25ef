import { startChat } from '../../fixtures/chat-page';
import { seededStaff } from '../../fixtures/staff';
import { expect, expectAccessible, test } from '../../fixtures/visitor';
import { openWorkspace, setPresence } from '../../fixtures/workspace';
import { PHONE, shot } from './shots';

test.use({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });

test('the counsellor is warned while the visitor types, and the visitor keeps their half-written text when the chat ends', async ({
  page,
  browser,
  hours,
  // Anna's own socket: it hears her chats arrive, and its clean-up sets her offline and ends what she held.
  counsellor: anna,
}) => {
  // Two browsers and a staff login: more than the default half minute on a busy machine.
  test.setTimeout(90_000);
  await hours.open('helpwanted');
  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const workspace = await desk.newPage();
  try {
    await openWorkspace(workspace, seededStaff().chatCounsellor);
    const assigned = anna.nextAssigned();
    await setPresence(workspace, 'Beschikbaar');
    await startChat(page);
    await expect(page.getByTestId('chat-started')).toContainText('Anna is er voor je.');
    const { id } = await assigned;
    await workspace.locator(`[data-testid="my-chat"][data-conversation-id="${id}"]`).click();

    // Anna starts to end the chat; while her dialog is open, the visitor starts writing: the dialog says so.
    await workspace.getByRole('button', { name: 'Gesprek beëindigen' }).click();
    const dialog = workspace.getByRole('dialog', { name: 'Gesprek beëindigen' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('end-visitor-typing')).toHaveCount(0);
    const draft = 'Ik durf het bijna niet te zeggen, maar ik';
    await page.getByLabel('Je bericht').pressSequentially(draft);
    await expect(dialog.getByTestId('end-visitor-typing')).toHaveText(
      'Let op: de bezoeker typt nu. Wacht even op het bericht, of beëindig toch.',
    );
    await workspace.screenshot({ path: '/tmp/shots-visitor/ended-draft-0-workspace-warning-1280.png' });
    await dialog.getByRole('button', { name: 'Ja, beëindigen' }).click();

    await expect(page.getByTestId('ended')).toHaveText('De medewerker heeft het gesprek afgesloten.');
    const unsent = page.getByTestId('unsent');
    await expect(unsent.getByRole('heading', { name: 'Je bericht is niet verstuurd' })).toBeVisible();
    await expect(unsent.getByRole('textbox', { name: 'Je tekst' })).toHaveValue(draft);
    await expect(unsent.getByRole('link', { name: 'Stuur het als bericht naar ons' })).toHaveAttribute(
      'href',
      '/mailbox/helpwanted',
    );
    await unsent.getByRole('button', { name: 'Kopieer je tekst' }).click();
    await expect(unsent.getByText('Gekopieerd')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draft);
    await expectAccessible(page, 'ended with a draft');
    await shot(page, 'ended-draft-1-visitor', { desktop: true });

    // A reload keeps it (this tab's sessionStorage).
    await page.reload();
    await expect(page.getByTestId('unsent').getByRole('textbox')).toHaveValue(draft);

    // To the mailbox: the text is in its form (through this tab's sessionStorage, not the address), to finish.
    await page.getByRole('link', { name: 'Stuur het als bericht naar ons' }).click();
    await expect(page).toHaveURL(/\/mailbox\/helpwanted$/);
    await expect(page.getByLabel('Je bericht')).toHaveValue(draft);
    await expect(page.getByTestId('mailbox-from-chat')).toHaveText(
      'Je tekst uit de chat staat hieronder. Je kunt hem nog aanpassen voor je hem verstuurt.',
    );
    await expectAccessible(page, 'mailbox with the chat’s text');
    await shot(page, 'ended-draft-2-mailbox');

    // Back at the chat nothing is lost yet; a new chat starts clean, and the mailbox still has the text until it is sent.
    // (Our links replace the history entry, for quick exit: the way back is the chat's address.)
    await page.goto('/chat/helpwanted');
    await expect(page.getByTestId('unsent').getByRole('textbox')).toHaveValue(draft);
    await page.getByRole('button', { name: 'Nieuw gesprek beginnen' }).click();
    await expect(page.getByTestId('unsent')).toHaveCount(0);
    await page.goto('/mailbox/helpwanted');
    await page.getByLabel('Je bericht').fill(`${draft} wil het toch schrijven.`);
    await page.getByRole('button', { name: 'Verstuur je bericht' }).click();
    await expect(page.getByTestId('mailbox-code')).toHaveText(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    await page.goto('/mailbox/helpwanted');
    await expect(page.getByLabel('Je bericht')).toHaveValue('');
    await expect(page.getByTestId('mailbox-from-chat')).toHaveCount(0);
  } finally {
    await desk.close();
  }
});

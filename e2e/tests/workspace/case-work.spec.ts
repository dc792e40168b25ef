import { formDimensionsOf, valuesOf } from '@helpline/shared/domain';
import { ConversationDetail, ReferralList } from '@helpline/shared/http';
import { expect, type Page, test } from '@playwright/test';
import { annasShift, apiAs, openWorkspace, setPresence, visitor, workspaceStaff } from '../../fixtures/workspace';

const visitors = annasShift();

/** A routed chat in Anna's workspace: Anna available, the visitor in the queue of `programme`. */
const chatFor = async (page: Page, programme: 'helpwanted' | 'stopitnow') => {
  await openWorkspace(page, workspaceStaff().anna);
  await setPresence(page, 'Beschikbaar');
  const v = await visitor(programme);
  visitors.push(v);
  await expect(page.locator(`[data-conversation-id="${v.conversationId}"]`)).toBeVisible();
  await page.locator(`[data-conversation-id="${v.conversationId}"]`).click();
  return v;
};

const dimension = (page: Page, id: string) => page.locator(`[data-dimension="${id}"]`);
const choose = (page: Page, id: string, label: string) =>
  dimension(page, id)
    .locator('label')
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();

test.describe('case work', () => {
  test('the tag form comes from the taxonomy, blocks closing out until complete, and stores what was chosen', async ({
    page,
  }) => {
    const v = await chatFor(page, 'helpwanted');
    await v.say('Iemand dreigt mijn foto’s te delen');
    await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, beëindigen' }).click();
    await expect(page.getByTestId('ended-banner')).toContainText('Je hebt het gesprek beëindigd.');

    // Every dimension a counsellor fills in, with every value of the data and `unknown`; the dependent one hidden.
    for (const d of formDimensionsOf('helpwanted')) {
      if (d.when) {
        await expect(dimension(page, d.id)).toHaveCount(0);
        continue;
      }
      await expect(dimension(page, d.id).locator('legend')).toContainText(d.label.nl);
      await expect(dimension(page, d.id).locator('label')).toHaveText(Object.values(valuesOf(d)).map((l) => l.nl));
    }

    await page.getByRole('button', { name: 'Opslaan en afronden' }).click();
    await expect(page.getByTestId('tag-status')).toHaveText('Nog 7 onderdelen invullen voordat je afrondt.');
    await expect(dimension(page, 'gender')).toContainText('Gender: Nog invullen: kies een waarde of “onbekend”.');
    await expect(page.getByTestId('my-chat')).toHaveCount(1);

    await choose(page, 'subjects', 'bedreigd/gechanteerd');
    await expect(dimension(page, 'sextortionType')).toBeVisible();
    await choose(page, 'subjects', 'foto/video online');
    await choose(page, 'gender', 'vrouw/meisje');
    await choose(page, 'contactRole', 'ouder');
    await page.getByRole('button', { name: 'Opslaan en afronden' }).click();
    await expect(page.getByTestId('tag-status')).toHaveText('Nog 5 onderdelen invullen voordat je afrondt.');
    await expect(dimension(page, 'sextortionType')).toContainText('Soort sextortion: Nog invullen');
    await choose(page, 'sextortionType', 'financiële sextortion');
    await choose(page, 'platforms', 'Snapchat');
    await choose(page, 'platforms', 'Instagram');
    await choose(page, 'ageBand', '12-18');
    await choose(page, 'priorPoliceContact', 'onbekend');
    await choose(page, 'actions', 'aangifte geadviseerd');
    await page.getByRole('button', { name: 'Opslaan en afronden' }).click();
    await expect(page.getByTestId('my-chat')).toHaveCount(0);

    const api = await apiAs(workspaceStaff().anna);
    const stored = ConversationDetail.parse(await (await api.get(`/api/conversations/${v.conversationId}`)).json());
    expect(stored.tags).toEqual({
      gender: 'female',
      contactRole: 'parent',
      subjects: ['threatened-blackmailed', 'image-online'],
      sextortionType: 'financial',
      platforms: ['snapchat', 'instagram'],
      ageBand: '12-18',
      priorPoliceContact: 'unknown',
      actions: ['advised-police-report'],
    });
    expect(stored.tagsComplete).toBe(true);
  });

  test('a referral goes planned, called, intends treatment; a phone contact appears in the history with its tags', async ({
    page,
  }) => {
    const v = await chatFor(page, 'stopitnow');
    await v.say('Ik wil hulp');
    // A canned response of the programme goes into the composer, editable, then out.
    await page.getByRole('button', { name: 'Standaardteksten' }).click();
    await page.getByRole('button', { name: /Belafspraak De Waag/ }).click();
    await expect(page.getByLabel('Bericht aan de bezoeker')).toHaveValue(/telefonische afspraak met een behandelaar/);
    await page.getByLabel('Bericht aan de bezoeker').press('Enter');
    await expect.poll(() => v.messages.some((m) => m.body.includes('telefonische afspraak'))).toBe(true);
    await page.getByRole('tab', { name: /Verwijzing/ }).click();
    await expect(page.getByLabel('Polikliniek')).toHaveValue('de-waag');
    const tomorrow = new Date(Date.now() + 86_400_000);
    const local = `${tomorrow.toISOString().slice(0, 10)}T10:30`;
    await page.getByLabel('Datum en tijd van de belafspraak').fill(local);
    await page.getByRole('button', { name: 'Afspraak plannen' }).click();
    await expect(page.getByTestId('referral-status')).toHaveText('gepland');

    await page.getByRole('link', { name: 'Verwijzingen' }).click();
    // Other specs plan referrals too: this one is found by its chat.
    const ours = `[data-conversation-id="${v.conversationId}"]`;
    const upcoming = page.getByTestId('referrals-upcoming').locator(ours);
    await expect(upcoming).toContainText('De Waag');
    await upcoming.getByRole('button', { name: 'Gebeld', exact: true }).click();
    const done = page.getByTestId('referrals-done').locator(ours);
    await expect(done.getByTestId('referral-status')).toHaveText('gebeld');
    await done.getByRole('radio', { name: 'ja' }).click();
    await expect(done.getByRole('radio', { name: 'ja' })).toBeChecked();
    const api = await apiAs(workspaceStaff().anna);
    await expect
      .poll(async () => {
        const list = ReferralList.parse(
          await (
            await api.get(
              `/api/referrals?status=called&from=${encodeURIComponent(new Date().toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 3 * 86_400_000).toISOString())}`,
            )
          ).json(),
        );
        return list.find((r) => r.conversationId === v.conversationId)?.intendsTreatment;
      })
      .toBe('yes');
    // The chat is still open in the left column while looking at referrals.
    await expect(page.getByTestId('my-chat')).toHaveCount(1);

    await page.getByRole('link', { name: 'Contact vastleggen' }).click();
    await page.getByRole('group', { name: 'Programma' }).getByLabel('Stop it Now').check();
    await page.getByLabel('Telefoon').check();
    await page.getByLabel('Duur in minuten').fill('15');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.getByTestId('tag-status')).toContainText('onderdelen invullen');
    await choose(page, 'gender', 'man/jongen');
    await choose(page, 'contactType', 'bezorgd over een ander');
    await expect(dimension(page, 'relation')).toBeVisible();
    await choose(page, 'relation', 'partner');
    await choose(page, 'concerns', 'kijker misbruikmateriaal');
    await choose(page, 'ageBand', '26-40');
    await choose(page, 'foundVia', 'internet');
    await choose(page, 'actions', 'zelfhulpmodule Stoppen is Mogelijk');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.getByTestId('contact-logged')).toBeVisible();

    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    const contact = page.getByTestId('history-contact').first();
    await expect(contact).toContainText('telefoon · 15 min');
    await expect(contact).toContainText('Wie nam contact op: bezorgd over een ander');
    await expect(contact).toContainText('Relatie: partner');
  });
});

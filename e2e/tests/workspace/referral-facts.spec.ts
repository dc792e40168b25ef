// Runs after case-work.spec.ts (file order): the appointments planned here stay in the shared referral lists.
import { expect, type Page, test } from '@playwright/test';
import { closeContexts, counsellorAt1280, shot } from '../../fixtures/shots';
import { boss, endShift, setPresence, type TestVisitor, visitor, workspaceStaff } from '../../fixtures/workspace';

const visitors: TestVisitor[] = [];
test.afterEach(async () => {
  await closeContexts();
  await endShift(visitors.splice(0), [workspaceStaff().anna]);
});

const option = (page: Page, dimension: string, label: string) =>
  page.locator(`[data-dimension="${dimension}"]`).getByLabel(label, { exact: true });
/** Chips hide their input: a counsellor clicks the label. */
const pick = (page: Page, dimension: string, label: string) =>
  page
    .locator(`[data-dimension="${dimension}"] label`)
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();
const tomorrowAt = (time: string) => `${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T${time}`;

test('what is known is pre-filled: intake age and self/other, and a planned De Waag call ticks its action (issue 17, item 10)', async ({
  browser,
}) => {
  const page = await counsellorAt1280(browser, workspaceStaff().anna);
  await setPresence(page, 'Beschikbaar');
  visitors.push(await visitor('stopitnow', { ageBand: '26-40', about: 'self' }));
  await expect(page.getByTestId('my-chat')).toHaveCount(1);
  await expect(option(page, 'ageBand', '26-40')).toBeChecked();
  await expect(option(page, 'contactType', 'bezorgd over zichzelf')).toBeChecked();
  await expect(option(page, 'actions', 'belafspraak forensische polikliniek')).not.toBeChecked();

  await page.getByRole('tab', { name: /Verwijzing/ }).click();
  await page.getByLabel('Datum en tijd van de belafspraak').fill(tomorrowAt('14:00'));
  await page.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(page.getByTestId('referral-status')).toHaveText('gepland');
  await page.getByRole('tab', { name: 'Tags' }).click();
  await expect(option(page, 'actions', 'belafspraak forensische polikliniek')).toBeChecked();
  await page.locator('[data-dimension="actions"]').scrollIntoViewIfNeeded();
  await shot(page, 'item10-prefilled-tags');
  // The counsellor can change what was pre-filled.
  await pick(page, 'contactType', 'bezorgd over een ander');
  await expect(option(page, 'contactType', 'bezorgd over een ander')).toBeChecked();

  // A Helpwanted visitor about themselves: who contacted is the victim themselves, and the age band is theirs.
  await setPresence(page, 'Even weg');
  visitors.push(await visitor('helpwanted', { ageBand: '12-18', about: 'self' }));
  await page.getByTestId('queue-item').first().getByRole('button').click();
  await expect(option(page, 'contactRole', 'slachtoffer zelf')).toBeChecked();
  await expect(option(page, 'ageBand', '12-18')).toBeChecked();
});

test('a phone contact plans its referral in the log form, and the clinic funnel counts it (issue 17, item 9)', async ({
  browser,
}) => {
  const supervisor = await boss();
  const funnel = async () =>
    (
      (await (await supervisor.get('/api/reports/summary?programme=stopitnow')).json()) as {
        referrals: { planned: number; otherClinicDetails: number };
      }
    ).referrals;
  const before = await funnel();
  const page = await counsellorAt1280(browser, workspaceStaff().anna);
  await page.getByRole('link', { name: 'Contact vastleggen' }).click();
  await page.getByRole('group', { name: 'Programma' }).getByLabel('Stop it Now').check();
  await page.getByLabel('Telefoon').check();
  const referral = page.getByTestId('contact-referral');
  await referral.getByLabel('Belafspraak plannen').check();
  await expect(referral.getByRole('combobox')).toHaveValue('de-waag');
  await referral.getByLabel('Datum en tijd van de belafspraak').fill(tomorrowAt('11:00'));
  // The planned call ticks its action in the tags below.
  await expect(option(page, 'actions', 'belafspraak forensische polikliniek')).toBeChecked();
  for (const [dimension, label] of [
    ['gender', 'man/jongen'],
    ['contactType', 'bezorgd over zichzelf'],
    ['concerns', 'mogelijke kijker'],
    ['ageBand', '41-60'],
    ['foundVia', 'internet'],
  ] as const)
    await pick(page, dimension, label);
  await shot(page, 'item9-contact-with-referral');
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(page.getByTestId('contact-logged')).toBeVisible();

  // A second call: another clinic's details given, ticked as an action only: the form asks for the clinic.
  await page.getByRole('group', { name: 'Programma' }).getByLabel('Stop it Now').check();
  await page.getByLabel('E-mail').check();
  for (const [dimension, label] of [
    ['gender', 'onbekend'],
    ['contactType', 'bezorgd over zichzelf'],
    ['concerns', 'onbekend'],
    ['ageBand', 'onbekend'],
    ['foundVia', 'onbekend'],
    ['actions', 'gegevens andere forensische polikliniek gegeven'],
  ] as const)
    await pick(page, dimension, label);
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(page.getByTestId('tag-status')).toContainText('kies die ook bij Verwijzing');
  await shot(page, 'item9-action-without-referral');
  await page.getByTestId('contact-referral').getByLabel('Gegevens andere polikliniek gegeven').check();
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(page.getByTestId('contact-logged')).toBeVisible();

  await expect
    .poll(funnel)
    .toEqual({ ...before, planned: before.planned + 1, otherClinicDetails: before.otherClinicDetails + 1 });
  await supervisor.dispose();
});

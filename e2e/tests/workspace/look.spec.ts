import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { annasShift, openWorkspace, setPresence, visitor, workspaceStaff } from '../../fixtures/workspace';

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts');
const WIDTHS = [1280, 1920] as const;

/** axe on the page as it is now: no serious or critical violation. */
const expectAccessible = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

const shoot = async (page: Page, name: string) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 });
    await page.screenshot({ path: path.join(artifacts, `workspace-${name}-${width}.png`) });
  }
};

const visitors = annasShift();

test('workspace pages pass axe and are captured at 1280 and 1920 px', async ({ page }) => {
  test.setTimeout(120_000);
  // The workspace's dialogs and popovers work under the pages' Content-Security-Policy.
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWorkspace(page, workspaceStaff().anna);
  await expectAccessible(page);
  await shoot(page, 'empty');

  await setPresence(page, 'Beschikbaar');
  const hw = await visitor('helpwanted', { ageBand: '12-18', about: 'self', language: 'nl' });
  const sin = await visitor('stopitnow', { ageBand: '26-40', about: 'other' });
  visitors.push(hw, sin);
  await setPresence(page, 'Even weg');
  const waiting = await visitor('helpwanted', { ageBand: '19-25', about: 'other', language: 'en' });
  visitors.push(waiting);
  await expect(page.getByTestId('my-chat')).toHaveCount(2);
  await expect(page.getByTestId('queue-item')).toHaveCount(1);
  await hw.say('Hoi. Iemand op Snapchat heeft foto’s van mij en wil geld, anders stuurt hij ze naar mijn school.');
  await page.getByTestId('my-chat').first().click();
  await page
    .getByLabel('Bericht aan de bezoeker')
    .fill('Goed dat je ons opzoekt. Je hoeft niet te betalen. Weet je hoe oud hij is?');
  await page.keyboard.press('Enter');
  await hw.say('Nee. Hij zegt dat hij 16 is maar dat geloof ik niet');
  await hw.say('Wat moet ik doen?');
  await sin.say('Goedenavond, ik maak me zorgen over mijn broer.');
  await expect(page.getByRole('log')).toContainText('Wat moet ik doen?');
  await expectAccessible(page);
  await shoot(page, 'chats');

  await page.getByRole('button', { name: 'Overdragen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'transfer');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Standaardteksten' }).click();
  await expect(page.getByRole('dialog')).toContainText('Welkom');
  await shoot(page, 'canned');
  await page.keyboard.press('Escape');

  await page.getByTestId('my-chat').nth(1).click();
  await page.getByRole('tab', { name: /Verwijzing/ }).click();
  await expectAccessible(page);
  await shoot(page, 'referral-tab');

  await page.getByTestId('my-chat').first().click();
  await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, beëindigen' }).click();
  await page.getByRole('button', { name: 'Opslaan en afronden' }).click();
  await expect(page.getByTestId('tag-status')).toContainText('onderdelen invullen');
  await expectAccessible(page);
  await shoot(page, 'tags-missing');

  for (const [link, name] of [
    ['Geschiedenis', 'history'],
    ['Verwijzingen', 'referrals'],
    ['Contact vastleggen', 'contact'],
  ] as const) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 2, name: link })).toBeVisible();
    await expectAccessible(page);
    await shoot(page, name);
  }

  await page.goto('/en/workspace');
  await expect(page.getByTestId('connection')).toHaveText('Connected');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workspace');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await shoot(page, 'en');
  expect(cspViolations).toEqual([]);
});

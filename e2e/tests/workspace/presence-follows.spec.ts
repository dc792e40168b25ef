import { MeAnswer } from '@helpline/shared/http';
import { expect, test } from '@playwright/test';
import { closeContexts, counsellorAt1280, shot } from '../../fixtures/shots';
import {
  apiAs,
  boss,
  endShift,
  setPresence,
  type TestVisitor,
  visitor,
  workspaceStaff,
} from '../../fixtures/workspace';

const visitors: TestVisitor[] = [];
test.afterEach(async () => {
  await closeContexts();
  await endShift(visitors.splice(0), [workspaceStaff().anna]);
});

test('presence follows the counsellor: a reload keeps it and the chats, a closed browser is offline within 30 s (issue 17, item 8)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { anna } = workspaceStaff();
  const page = await counsellorAt1280(browser, anna);
  await setPresence(page, 'Beschikbaar');
  visitors.push(await visitor('stopitnow', { ageBand: '26-40', about: 'self' }));
  await expect(page.getByTestId('my-chat')).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId('connection')).toHaveText('Verbonden');
  await expect(page.getByRole('radio', { name: 'Beschikbaar' })).toBeChecked();
  await expect(page.getByTestId('my-chat')).toHaveCount(1);
  await expect(page.getByTestId('capacity')).toContainText('1 van 3 gesprekken');
  await shot(page, 'item8-after-reload');

  const supervisor = await boss();
  const annaApi = await apiAs(anna);
  const me = MeAnswer.parse(await (await annaApi.get('/api/auth/me')).json()).staff;
  await annaApi.dispose();
  const annaStatus = async () => {
    const overview = (await (await supervisor.get('/api/supervisor/overview')).json()) as {
      counsellors: { id: string; status: string }[];
    };
    return overview.counsellors.find((c) => c.id === me.id)?.status;
  };
  expect(await annaStatus()).toBe('available');
  const closedAt = Date.now();
  await page.context().close();
  await expect.poll(annaStatus, { timeout: 45_000, intervals: [1000] }).toBe('offline');
  // Not before the grace period: a reload in that time would have kept everything.
  expect(Date.now() - closedAt).toBeGreaterThan(25_000);
  await supervisor.dispose();
});

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, runStaffCli, startServer, startThrowawayPostgres } from '@helpline/server/testing';
import { expect, test } from '@playwright/test';
import { E2E_PORT, makeDataDir, serverEnv } from '../../fixtures/server';
import { STAFF_PASSWORD, totpSecretOf } from '../../fixtures/staff';
import { nextTotp } from '../../fixtures/totp';
import { artifact, expectAccessible, writeMailbox } from './supervisor-helpers';

/** This spec's own PostgreSQL, beside the run's server: E2E_PG_PORT, or one derived from E2E_PORT. */
const PG_PORT = Number(process.env.E2E_PG_PORT ?? E2E_PORT + 50_000);

/**
 * A thread past the reply promise takes days to happen. This test runs the platform on its own PostgreSQL, lets a
 * visitor write, then moves that thread's times back in the database (as if written four days ago, promised
 * yesterday), which is all the passing of time changes: the server computes every figure and the alarm from there.
 */
test.describe('the live wall alarms when a mailbox thread passes the reply promise (issue 19)', () => {
  test('an overdue thread: red alarm in words, counted past the promise, the oldest one’s age in days', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const folder = mkdtempSync(path.join(tmpdir(), 'helpline-e2e-overdue-'));
    chmodSync(folder, 0o755); // the postgres user reaches its data folder inside
    const pg = startThrowawayPostgres(path.join(folder, 'pg'), PG_PORT);
    const dataDir = makeDataDir();
    const env = { ...serverEnv(dataDir), DATABASE_URL: pg.url };
    const server = await startServer({ entry: 'dist', env, port: await freePort() });
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    try {
      const printed = runStaffCli({
        entry: 'source',
        env,
        args: [
          'create',
          '--username',
          'olga',
          '--alias',
          'Olga',
          '--role',
          'supervisor',
          '--totp',
          '--programmes',
          'helpwanted,stopitnow',
        ],
        password: STAFF_PASSWORD,
      });
      const login = await context.request.post('/api/auth/login', {
        data: { username: 'olga', password: STAFF_PASSWORD, totp: await nextTotp(totpSecretOf(printed)) },
      });
      expect(login.ok(), await login.text()).toBe(true);

      const late = await writeMailbox('helpwanted', 'Ik word afgeperst en weet niet wat ik moet doen.', server.url);
      await writeMailbox('helpwanted', 'Mijn vriendin wordt bedreigd met een filmpje.', server.url);
      execFileSync('psql', [
        pg.url,
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `update mailbox_threads set waiting_since = now() - interval '4 days', last_message_at = now() - interval '4 days',
           expected_reply_by = now() - interval '1 day' where conversation_id = '${late.conversationId}'`,
      ]);

      const page = await context.newPage();
      await page.goto('/supervisor');
      await expect(page.getByTestId('live-connection')).toHaveAttribute('data-connected', 'true');
      const helpwanted = page.getByTestId('live-helpwanted');
      await expect(helpwanted.getByTestId('tile-mailbox-unanswered').locator('dd').first()).toHaveText('2');
      await expect(helpwanted.getByTestId('tile-mailbox-oldest').locator('dd').first()).toHaveText(/^4 d 0 u$/);
      await expect(helpwanted.getByTestId('tile-mailbox-overdue').locator('dd').first()).toHaveText('1');
      await expect(helpwanted.getByTestId('tile-mailbox-overdue')).toContainText('later dan beloofd: nu beantwoorden');
      const alarm = page.getByTestId('wait-alarm');
      await expect(alarm).toHaveAttribute('data-alarm', 'true');
      await expect(alarm).toContainText('Alarm: de brievenbus loopt achter');
      await expect(alarm.locator('[data-reason="mailbox-overdue"]')).toHaveText(
        'Helpwanted: 1 brievenbusbericht wacht langer dan de beloofde antwoordtijd.',
      );
      await expect(helpwanted.getByText('Alarm', { exact: true })).toBeVisible();
      await expect(
        page.getByTestId('live-stopitnow').getByTestId('tile-mailbox-overdue').locator('dd').first(),
      ).toHaveText('0');
      await expect(page.getByTestId('alarm-sound')).not.toHaveAttribute('data-plays', '0');
      await expectAccessible(page);
      await page.screenshot({ path: artifact('wall-mailbox-overdue'), fullPage: true });

      await page.goto('/en/supervisor');
      await expect(page.getByTestId('wait-alarm')).toContainText(
        'Helpwanted: 1 mailbox message has waited longer than the promised reply time.',
      );
      await page.screenshot({ path: artifact('wall-mailbox-overdue-en'), fullPage: true });
    } finally {
      await context.close();
      await server.stop();
      pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

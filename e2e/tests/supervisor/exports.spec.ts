import { readFileSync } from 'node:fs';
import { ReferralExportColumns } from '@helpline/shared';
import { createStaffSocket } from '@helpline/shared/client';
import { expect, test } from '@playwright/test';
import { E2E_BASE_URL } from '../../fixtures/server';
import {
  amsterdamToday,
  counsellorRequest,
  openAllDayToday,
  putHours,
  saveHours,
  supervisorContext,
  visitorSocket,
} from './supervisor-helpers';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-supervisor';
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/;
const parse = (text: string) => {
  const [header = '', ...rows] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  return { columns, rows: rows.map((r) => Object.fromEntries(r.split(',').map((c, i) => [columns[i] ?? i, c]))) };
};

test.describe('supervisor CSV exports (issue 17, item 17)', () => {
  test('both files carry local time with offset and the real last day, the second one referrals and the survey', async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'stopitnow', openAllDayToday(stored.stopitnow));
    const counsellor = await counsellorRequest(browser);
    const cookie = (await counsellor.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const staffSocket = createStaffSocket(E2E_BASE_URL, { extraHeaders: { cookie }, forceNew: true });
    const visitor = await visitorSocket();
    try {
      // A whole contact: a visitor is answered, gets a call appointment with the clinic, and fills in the survey.
      const joined = await visitor.emitWithAck('queue:join', { programme: 'stopitnow' });
      if (!joined.ok) throw new Error(joined.error.message);
      const conversationId = joined.conversationId;
      expect((await staffSocket.emitWithAck('conversation:accept', { conversationId })).ok).toBe(true);
      const referral = await counsellor.request.post('/api/referrals', {
        data: { conversationId, clinic: 'de-waag', appointmentAt: new Date(Date.now() + 2 * 86_400_000).toISOString() },
      });
      expect(referral.status(), await referral.text()).toBe(201);
      await staffSocket.emitWithAck('conversation:end', { conversationId });
      const survey = await visitor.emitWithAck('survey:submit', {
        conversationId,
        rating: 5,
        feltBetter: true,
        wouldRecommend: true,
      });
      expect(survey.ok).toBe(true);

      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/supervisor/reports');
      await expect(page.getByTestId('summary-tiles')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/17-reports-two-exports.png` });
      const today = amsterdamToday();

      const [contactsFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-link').click()]);
      // The page's period ends today: the file says today, not tomorrow.
      expect(contactsFile.suggestedFilename()).toMatch(
        new RegExp(`^contacts-all-\\d{4}-\\d{2}-\\d{2}-${today}\\.csv$`),
      );
      const contacts = parse(readFileSync(await contactsFile.path(), 'utf8'));
      const row = contacts.rows.find((r) => r.id === conversationId);
      expect(row?.at).toMatch(LOCAL_TIME);
      expect(row?.at?.slice(0, 10)).toBe(today);
      expect(row?.answeredAt).toMatch(LOCAL_TIME);

      const [referralsFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download CSV verwijzingen en enquêtes' }).click(),
      ]);
      expect(referralsFile.suggestedFilename()).toMatch(
        new RegExp(`^referrals-surveys-all-\\d{4}-\\d{2}-\\d{2}-${today}\\.csv$`),
      );
      const exported = parse(readFileSync(await referralsFile.path(), 'utf8'));
      expect(exported.columns).toEqual([...ReferralExportColumns]);
      const mine = exported.rows.filter((r) => r.contactId === conversationId);
      expect(mine.find((r) => r.record === 'referral')).toMatchObject({
        programme: 'stopitnow',
        clinic: 'de-waag',
        kind: 'call-appointment',
        status: 'planned',
      });
      expect(mine.find((r) => r.record === 'referral')?.appointmentAt).toMatch(LOCAL_TIME);
      expect(mine.find((r) => r.record === 'survey')).toMatchObject({ rating: '5', feltBetter: 'true' });
    } finally {
      visitor.disconnect();
      staffSocket.disconnect();
      await putHours(context.request, 'stopitnow', stored.stopitnow);
      await counsellor.close();
      await context.close();
    }
  });
});

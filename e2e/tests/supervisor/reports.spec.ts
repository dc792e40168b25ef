import { readFileSync } from 'node:fs';
import { dimensionsOf, ExportBaseColumns, programmeIds } from '@helpline/shared';
import { expect, test } from '@playwright/test';
import { openAllDayToday, putHours, saveHours, supervisorContext, visitorSocket } from './supervisor-helpers';

test.describe('supervisor yearly figures', () => {
  test('the CSV export downloads with one column per field and tag dimension, and a row for a contact of today', async ({
    browser,
  }) => {
    const context = await supervisorContext(browser);
    const stored = await saveHours(context.request);
    await putHours(context.request, 'helpwanted', openAllDayToday(stored.helpwanted));
    const visitor = await visitorSocket();
    const joined = await visitor.emitWithAck('queue:join', { programme: 'helpwanted' });
    if (!joined.ok) throw new Error(joined.error.message);
    await visitor.emitWithAck('conversation:leave', { conversationId: joined.conversationId });
    visitor.disconnect();
    await putHours(context.request, 'helpwanted', stored.helpwanted);

    const page = await context.newPage();
    await page.goto('/supervisor/reports');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarcijfers');
    await expect(page.getByTestId('summary-tiles')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-link').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = text.trim().split(/\r?\n/);
    const tagColumns = [
      ...new Set(programmeIds.flatMap((p) => dimensionsOf(p).map((d) => d.id)).filter((id) => id !== 'channel')),
    ];
    expect(header?.split(',')).toEqual([...ExportBaseColumns, ...tagColumns]);
    const row = rows.map((r) => r.split(',')).find((cells) => cells[0] === joined.conversationId);
    expect(row?.slice(1, 4)).toEqual(['helpwanted', 'chat', 'abandoned']);
    expect(text).not.toMatch(/bericht|message/i);
    await context.close();
  });

  test('the printable report shows this period beside the previous one', async ({ browser }) => {
    const context = await supervisorContext(browser);
    const page = await context.newPage();
    await page.goto('/supervisor/reports?programme=stopitnow');
    await page.getByRole('link', { name: 'Afdrukbaar verslag' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarverslag Stop it Now');
    const funnel = page.getByRole('table', { name: 'Verwijzing naar de forensische polikliniek' });
    await expect(funnel.getByRole('columnheader', { name: 'Vorige periode' })).toBeVisible();
    await expect(funnel.getByRole('row', { name: /Belafspraak gepland/ })).toBeVisible();
    await context.close();
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type ProgrammeHours, programmeIds } from '@helpline/shared';
import { createStaffSocket, createVisitorSocket, type StaffSocket, type VisitorSocket } from '@helpline/shared/client';
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import { E2E_BASE_URL } from '../../fixtures/server';
import { STAFF_PASSWORD, seededStaff } from '../../fixtures/staff';
import { nextTotp } from '../../fixtures/totp';

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts');

/** Where a screenshot of a page goes (e2e/artifacts/NAME.png), to be opened and judged. */
export const artifact = (name: string) => {
  mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, `${name}.png`);
};

export const staff = seededStaff;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
let session: StorageState | null = null;

/**
 * Logs the seeded supervisor in through the API once per worker, with a code no other login used (a code is accepted
 * once, and not after a later one: when another worker's login overtook this one, it tries a fresh code).
 */
export const supervisorContext = async (browser: Browser): Promise<BrowserContext> => {
  if (session) return browser.newContext({ storageState: session });
  const context = await browser.newContext();
  const { supervisor, supervisorSecret } = staff();
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await context.request.post('/api/auth/login', {
      data: { username: supervisor, password: STAFF_PASSWORD, totp: await nextTotp(supervisorSecret) },
    });
    if (res.ok()) {
      session = await context.storageState();
      return context;
    }
  }
  throw new Error('the supervisor could not log in');
};

/** The request context of a logged-in counsellor (no second factor). */
export const counsellorRequest = async (browser: Browser) => {
  const context = await browser.newContext();
  const res = await context.request.post('/api/auth/login', {
    data: { username: staff().counsellor, password: STAFF_PASSWORD },
  });
  expect(res.ok()).toBe(true);
  return context;
};

/** A logged-in counsellor's staff socket, as the workspace opens it, driven from the test; connected. */
export const counsellorSocket = async (
  browser: Browser,
): Promise<{ socket: StaffSocket; close: () => Promise<void> }> => {
  const context = await counsellorRequest(browser);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const socket = createStaffSocket(E2E_BASE_URL, { extraHeaders: { cookie }, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return {
    socket,
    close: async () => {
      socket.disconnect();
      await context.close();
    },
  };
};

/** A visitor leaves a message in the mailbox, as the mailbox page posts it; answers the thread's id and code. */
export const writeMailbox = async (programme: string, body: string, baseUrl = E2E_BASE_URL) => {
  const res = await fetch(`${baseUrl}/api/mailbox`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ programme, body }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { code: string; conversationId: string; expectedReplyBy: string };
};

/** A visitor's socket as the widget opens it, driven from the test. */
export const visitorSocket = async (): Promise<VisitorSocket> => {
  let token: string | null = null;
  const socket = createVisitorSocket(E2E_BASE_URL, () => token, { forceNew: true });
  socket.on('session', (s) => {
    token = s.token;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
};

export const amsterdamToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** Reads every programme's hours, to put them back after a test changed them. */
export const saveHours = async (request: APIRequestContext) =>
  Object.fromEntries(
    await Promise.all(
      programmeIds.map(async (p) => [
        p,
        (await (await request.get(`/api/programmes/${p}/hours`)).json()) as ProgrammeHours,
      ]),
    ),
  ) as Record<(typeof programmeIds)[number], ProgrammeHours>;

export const putHours = async (request: APIRequestContext, programme: string, hours: ProgrammeHours) => {
  const res = await request.put(`/api/programmes/${programme}/hours`, { data: hours });
  expect(res.ok(), await res.text()).toBe(true);
};

/** Open all day today, whatever the clock says, so a visitor can join. */
export const openAllDayToday = (hours: ProgrammeHours): ProgrammeHours => ({
  ...hours,
  exceptions: [
    ...hours.exceptions.filter((e) => e.date !== amsterdamToday()),
    { date: amsterdamToday(), opens: '00:00', closes: '24:00', note: 'e2e' },
  ],
});

/** No serious or critical accessibility violation (WCAG 2.1 A and AA rules). */
export const expectAccessible = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    severe.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
};

import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { WorkspaceProvider } from '~/features/workspace/workspace-context';
import { WorkspaceFrame } from '~/features/workspace/workspace-frame';
import { routing } from '~/i18n/routing';

/** The counsellor's workspace: one live connection for all its pages. */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  return (
    <WorkspaceProvider lang={lang}>
      <WorkspaceFrame>{children}</WorkspaceFrame>
    </WorkspaceProvider>
  );
}

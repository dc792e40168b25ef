import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { WorkspaceProvider } from '~/features/workspace/workspace-context';
import { WorkspaceFrame } from '~/features/workspace/workspace-frame';
import { isLang } from '~/i18n';

/** The counsellor's workspace: one live connection for all its pages. */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <WorkspaceProvider lang={lang}>
      <WorkspaceFrame>{children}</WorkspaceFrame>
    </WorkspaceProvider>
  );
}

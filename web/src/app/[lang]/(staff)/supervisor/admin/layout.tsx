import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { AdminNav } from '~/features/admin/admin-nav';
import { routing } from '~/i18n/routing';

export default async function AdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  return (
    <div className="grid gap-3">
      <div className="rounded-lg border border-neutral-300 bg-white px-2">
        <AdminNav lang={lang} />
      </div>
      {children}
    </div>
  );
}

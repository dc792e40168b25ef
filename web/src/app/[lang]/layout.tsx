import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { routing } from '~/i18n/routing';
import '../globals.css';

export const metadata: Metadata = {
  title: 'Hulplijn chat',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
};
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Rendered per request: Next.js puts the request's CSP nonce (set by the server) on every script of the page.
export const dynamic = 'force-dynamic';

export const generateStaticParams = () => [{ lang: 'nl' }, { lang: 'en' }];

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  return (
    <html lang={lang}>
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}

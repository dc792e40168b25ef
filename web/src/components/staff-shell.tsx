import type { Locale } from 'next-intl';
import type { ReactNode } from 'react';
import { StaffUserMenu } from './staff-user-menu';

/** Every staff page after login (inside the (staff) route group, whose layout checked the session). */
export function StaffShell({
  lang,
  path,
  title,
  children,
}: {
  lang: Locale;
  path: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <>
      <header className="flex flex-wrap items-center gap-3 border-b border-neutral-300 bg-white px-4 py-2">
        <h1 className="mr-auto text-xl font-bold">{title}</h1>
        <StaffUserMenu lang={lang} path={path} />
      </header>
      <main className="p-4">{children}</main>
    </>
  );
}

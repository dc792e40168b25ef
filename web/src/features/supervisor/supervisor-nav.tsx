'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getPathname } from '~/i18n/navigation';

export type NavItem = { href: string; label: string };

/** The page path without the language prefix: '/en/supervisor/missed' -> '/supervisor/missed'. */
export const usePagePath = () => (usePathname() ?? '/').replace(/^\/(en|nl)(?=\/|$)/, '') || '/';

/** A row of links; the current one is marked for screen readers and by a bar. */
export function SupervisorNav({
  lang,
  label,
  items,
  exact,
}: {
  lang: Locale;
  label: string;
  items: NavItem[];
  /** The item that is current only on its own path, or under one of `also`. */
  exact?: { href: string; also: string[] };
}) {
  const path = usePagePath();
  const under = (href: string) => path === href || path.startsWith(`${href}/`);
  const isCurrent = (href: string) => (href === exact?.href ? path === href || exact.also.some(under) : under(href));
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={getPathname({ locale: lang, href: item.href })}
              aria-current={isCurrent(item.href) ? 'page' : undefined}
              className="inline-flex min-h-11 items-center border-b-4 border-transparent px-3 font-medium hover:bg-neutral-100 aria-[current=page]:border-blue-800 aria-[current=page]:text-blue-900"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

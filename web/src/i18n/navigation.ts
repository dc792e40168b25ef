import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Links and redirects in a given or the current language, prefixed as the routing says (`/en/...`, Dutch bare). */
export const { Link, getPathname, redirect, usePathname, useRouter } = createNavigation(routing);

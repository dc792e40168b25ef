'use client';

import { useRouter } from 'next/navigation';
import { type Lang, localPath } from '../i18n';

/** Ends the staff session and goes back to the login page. */
export function StaffLogoutButton({ lang, label }: { lang: Lang; label: string }) {
  const router = useRouter();
  const logout = async () => {
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    router.replace(localPath(lang, '/login'));
  };
  return (
    <button type="button" onClick={logout} className="min-h-11 rounded-lg border border-neutral-500 px-4">
      {label}
    </button>
  );
}

'use client';

import { MeAnswer, type StaffPublic } from '@helpline/shared/http';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { type Lang, localPath } from '../../i18n';
import { api } from '../../lib/api';

/** The logged-in staff member; without a complete session, back to the login page. */
export const useMe = (lang: Lang) => {
  const router = useRouter();
  const [me, setMe] = useState<StaffPublic | null>(null);
  useEffect(() => {
    api(MeAnswer, '/api/auth/me').then(
      (answer) => (answer.totpEnrolmentRequired ? router.replace(localPath(lang, '/login/totp')) : setMe(answer.staff)),
      () => router.replace(localPath(lang, '/login')),
    );
  }, [lang, router]);
  return me;
};

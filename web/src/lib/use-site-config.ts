'use client';

import { DEFAULT_EXIT_URL } from '@helpline/shared/domain';
import { SiteConfig } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { api } from './api';

/** The quick-exit target configured on the server; the neutral default until it is known. */
export const useExitUrl = () => {
  const [exitUrl, setExitUrl] = useState(DEFAULT_EXIT_URL);
  useEffect(() => {
    api(SiteConfig, '/api/config').then(
      (config) => setExitUrl(config.exitUrl),
      () => {},
    );
  }, []);
  return exitUrl;
};

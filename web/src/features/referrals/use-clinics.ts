'use client';

import { type Clinic, ClinicList } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { api } from '~/lib/api';

/** The clinics kept in the database, the default (De Waag) first. */
export const useClinics = () => {
  const [clinics, setClinics] = useState<Clinic[]>([]);
  useEffect(() => {
    api(ClinicList, '/api/clinics').then(setClinics, () => setClinics([]));
  }, []);
  return clinics;
};

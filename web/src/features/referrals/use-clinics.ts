'use client';

import { ClinicList } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '~/lib/api-get';

/** The clinics kept in the database, the default (De Waag) first; none when they fail to load. */
export const useClinics = () => useQuery(apiGet(ClinicList, '/api/clinics')).data ?? [];

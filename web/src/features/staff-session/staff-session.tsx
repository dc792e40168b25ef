'use client';

import type { StaffPublic } from '@helpline/shared/http';
import { createContext, type ReactNode, useContext } from 'react';

const StaffSessionContext = createContext<StaffPublic | null>(null);

/** Holds the staff member the server checked before rendering, so no staff page shows a logged-out flash. */
export function StaffSessionProvider({ staff, children }: { staff: StaffPublic; children: ReactNode }) {
  return <StaffSessionContext.Provider value={staff}>{children}</StaffSessionContext.Provider>;
}

export const useStaff = (): StaffPublic => {
  const staff = useContext(StaffSessionContext);
  if (!staff) throw new Error('useStaff outside a staff page');
  return staff;
};

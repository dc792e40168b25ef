'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

const options = {
  defaultOptions: {
    queries: {
      // A failed load is shown at once, not retried behind the user's back.
      retry: false,
      // A page that opens reads what the server has now (forms start their drafts from it), and not again on focus;
      // while it is open, pushes and changes update the cache.
      gcTime: 0,
      refetchOnWindowFocus: false,
    },
  },
};

/**
 * The cache of server state for the staff pages. Only the staff layout renders it: the visitor pages carry no query
 * library (the chat page's first scripts have a budget, e2e/tests/visitor/headers-budget.spec.ts).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient(options));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

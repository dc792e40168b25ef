'use client';

import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { ApiError, api } from './api';

export type ApiQuery<T> = { data: T | null; error: ApiError | null; loading: boolean; reload: () => void };

/** GET `path` (null: nothing yet) checked with `schema`; loads again when the path changes or on `reload()`. */
export const useApiQuery = <S extends z.ZodType>(schema: S, path: string | null): ApiQuery<z.output<S>> => {
  const [data, setData] = useState<z.output<S> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for the same path again
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    api(schema, path).then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure)));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [schema, path, round]);
  return { data, error, loading, reload };
};

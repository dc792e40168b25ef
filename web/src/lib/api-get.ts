import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './api';

/** A GET of `path` checked with the shared `schema`, cached under the path: a change invalidates the same key. */
export const apiGet = <S extends z.ZodType>(schema: S, path: string) =>
  queryOptions({ queryKey: [path], queryFn: (): Promise<z.output<S>> => api(schema, path) });

import { conversations } from '@helpline/db';
import { formDimensionsOf, programmeIds } from '@helpline/shared';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';

const tags = conversations.tags;
const hasNoValue = (id: string) => sql`(not (${tags} ? ${id}) or ${tags} -> ${id} = '[]'::jsonb)`;
/** A jsonb string, or an array holding it (`@>` treats a scalar as contained in an array holding it). */
const holds = (id: string, value: string) => sql`(${tags} -> ${id} @> to_jsonb(${value}::text))`;

/**
 * The SQL twin of `missingTags` from the shared taxonomy, so the database finds every chat still missing a tag however
 * old; the service then applies `missingTags` itself.
 */
export const tagsIncompleteSql = (): SQL | undefined =>
  or(
    ...programmeIds.map((programme) =>
      and(
        eq(conversations.programmeId, programme),
        or(
          ...formDimensionsOf(programme).map((d) =>
            d.when ? and(holds(d.when.dimension, d.when.value), hasNoValue(d.id)) : hasNoValue(d.id),
          ),
        ),
      ),
    ),
  );

/** Only what was chosen: dimensions left out are not stored as empty keys. */
export const storedTags = (tags: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(tags).filter((e): e is [string, string | string[]] => e[1] !== undefined));

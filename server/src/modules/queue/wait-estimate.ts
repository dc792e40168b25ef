/** Minutes a chat takes when a programme has no history yet. */
export const DEFAULT_HANDLING_SECONDS = 8 * 60;

/**
 * Estimated wait of the visitor at `position`: free places are taken at once; past those, each round of all
 * available places takes one mean handling time.
 */
export const estimateWaitSeconds = (input: {
  position: number;
  freeSlots: number;
  totalSlots: number;
  meanHandlingSeconds: number | null;
}): number => {
  if (input.position <= input.freeSlots) return 0;
  const rounds = Math.ceil((input.position - input.freeSlots) / Math.max(1, input.totalSlots));
  return Math.round(rounds * (input.meanHandlingSeconds ?? DEFAULT_HANDLING_SECONDS));
};

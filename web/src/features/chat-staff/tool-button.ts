/** The small bordered buttons of the chat pane's header and banners. */
export const toolButton =
  'inline-flex items-center gap-1 rounded-md border border-neutral-400 bg-white px-2 py-1 text-sm hover:bg-neutral-100 disabled:opacity-60';

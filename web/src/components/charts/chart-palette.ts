/** Series colours with at least 3:1 contrast on white (WCAG non-text contrast), distinct in greyscale print too. */
export const chartColours = ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#be123c', '#0e7490', '#4d7c0f', '#57534e'];
/** The previous period beside the current one: a neutral slate, still 4.7:1 on white. */
export const previousColour = '#64748b';

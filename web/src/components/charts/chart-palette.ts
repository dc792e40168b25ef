/** Series colours with at least 3:1 contrast on white (WCAG non-text contrast), distinct in greyscale print too. */
export const chartColours = ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#be123c', '#0e7490', '#4d7c0f', '#57534e'];
/** The previous period beside the current one: the same hue, lighter, with a hatched look in the legend. */
export const previousColour = '#93a3b8';

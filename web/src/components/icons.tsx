/** The visitor pages' icons, drawn inline: an icon library's client code would cost kilobytes on a cheap phone. */
const base = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const ExitIcon = () => (
  <svg aria-hidden="true" {...base}>
    <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
  </svg>
);

export const SendIcon = () => (
  <svg aria-hidden="true" {...base}>
    <path d="M3.7 3.3a.5.5 0 0 0-.7.6L6 12l-3 8.1a.5.5 0 0 0 .7.6l18-8.3a.5.5 0 0 0 0-.9zM6 12h16" />
  </svg>
);

export const PhoneIcon = () => (
  <svg aria-hidden="true" {...base} width={16} height={16}>
    <path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z" />
  </svg>
);

export const ExternalIcon = () => (
  <svg aria-hidden="true" {...base} width={16} height={16}>
    <path d="M15 3h6v6M10 14 21 3M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6" />
  </svg>
);

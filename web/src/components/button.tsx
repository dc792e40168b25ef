import type { ComponentProps } from 'react';

const looks = {
  primary: 'bg-neutral-900 font-semibold text-white',
  secondary: 'border border-neutral-500',
  warning: 'border border-amber-800 text-amber-900',
  danger: 'border border-red-800 text-red-800',
} as const;

/**
 * The staff pages' button, 44 px high. `primary` is a form's main action, in the dark of the workspace's own buttons
 * (blue stays for links and the current page); the others are outlined.
 */
export function Button({
  look = 'secondary',
  className = '',
  type = 'button',
  ...button
}: { look?: keyof typeof looks } & ComponentProps<'button'>) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 disabled:opacity-60 ${looks[look]} ${className}`}
      {...button}
    />
  );
}

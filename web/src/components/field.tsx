import type { ComponentProps, ReactNode } from 'react';

type Frame = { id: string; label: ReactNode; error?: string | undefined; compact?: boolean; hint?: ReactNode };

const controlClass = (compact: boolean | undefined) =>
  compact
    ? 'min-h-11 rounded border border-neutral-500 bg-white px-2 aria-[invalid=true]:border-red-800'
    : 'min-h-11 rounded-lg border border-neutral-500 bg-white px-3 text-base aria-[invalid=true]:border-red-800';

/** What every field's control gets: its id and name, and its error announced and linked (aria-describedby). */
const controlProps = ({ id, error, hint }: Frame) => ({
  id,
  name: id,
  'aria-invalid': Boolean(error),
  'aria-describedby': [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
});

function FieldFrame({ id, label, error, compact, hint, children }: Frame & { children: ReactNode }) {
  return (
    <div className={compact ? 'grid min-w-0 content-start gap-1 text-sm' : 'grid gap-1'}>
      <label htmlFor={id} className={compact ? undefined : 'font-medium'}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-neutral-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={compact ? 'max-w-80 text-red-800' : 'text-sm text-red-800'}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input; `compact` is the dense look of the staff administration. */
export function Field({ id, label, error, compact, hint, className = '', ...input }: Frame & ComponentProps<'input'>) {
  const frame = { id, label, error, compact, hint };
  return (
    <FieldFrame {...frame}>
      <input {...controlProps(frame)} className={`${controlClass(compact)} ${className}`} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({ id, label, error, compact, ...area }: Frame & ComponentProps<'textarea'>) {
  const frame = { id, label, error, compact };
  return (
    <FieldFrame {...frame}>
      <textarea {...controlProps(frame)} className={`${controlClass(compact)} py-1`} {...area} />
    </FieldFrame>
  );
}

export function SelectField({ id, label, error, compact, ...select }: Frame & ComponentProps<'select'>) {
  const frame = { id, label, error, compact };
  return (
    <FieldFrame {...frame}>
      <select {...controlProps(frame)} className={controlClass(compact)} {...select} />
    </FieldFrame>
  );
}

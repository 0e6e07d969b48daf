'use client';
import { Dialog as D } from 'radix-ui';
import type { ReactNode } from 'react';

/** Accessible modal (focus trap, Escape to close, labelled by its title) from Radix. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  trigger,
  size = 'md',
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  trigger?: ReactNode;
  /** 'lg' for dialogs holding a whole record (tables, timelines). */
  size?: 'md' | 'lg';
  children: ReactNode;
}) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <D.Trigger asChild>{trigger}</D.Trigger>}
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <D.Content className={`fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] ${size === 'lg' ? 'max-w-3xl' : 'max-w-lg'} -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none`}>
          <D.Title className="text-lg font-semibold text-slate-900">{title}</D.Title>
          {description ? (
            <D.Description className="mt-1 text-sm text-slate-600">{description}</D.Description>
          ) : (
            <D.Description className="sr-only">{title}</D.Description>
          )}
          <div className="mt-4">{children}</div>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

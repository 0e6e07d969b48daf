'use client';
import { Button } from '@/components/ui/button';

// Never shows the error's message or stack: production errors only carry a digest to quote.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-6 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-600">
        The page could not be loaded. Try again; if it keeps happening, quote reference{' '}
        <code className="rounded bg-slate-100 px-1">{error.digest ?? 'unknown'}</code> to your administrator.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}

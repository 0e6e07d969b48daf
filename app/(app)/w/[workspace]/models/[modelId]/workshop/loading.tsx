import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading the workshop…</span>
      <Skeleton className="h-4 w-72" />
      <Skeleton className="h-24 w-full" />
      <div className="grid gap-6 xl:grid-cols-[16rem_minmax(0,1fr)_22rem]">
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
      </div>
    </div>
  );
}

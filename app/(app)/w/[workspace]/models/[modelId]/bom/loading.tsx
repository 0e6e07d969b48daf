import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading AI bill of materials…</span>
      <div className="grid grid-cols-3 gap-3 sm:w-96">
        {Array.from({ length: 3 }, (_, i) => <Skeleton key={i} className="h-20" />)}
      </div>
      <Skeleton className="h-24" />
      <Skeleton className="h-72" />
    </div>
  );
}

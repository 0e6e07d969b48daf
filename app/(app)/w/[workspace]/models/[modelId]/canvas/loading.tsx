import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading diagram…</span>
      <Skeleton className="h-4 w-72" />
      <Skeleton className="h-[calc(100vh-12rem)] min-h-[560px] w-full" />
    </div>
  );
}

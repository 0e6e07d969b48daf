import { dateTime } from '@/lib/util/format';
import type { TimelineItem } from '../types';
import { describeTimelineEntry } from '../tracker/view-state';

/** Every status, owner and due-date change: who, when, from, to. Oldest first. */
export function MitigationTimeline({ entries }: { entries: readonly TimelineItem[] }) {
  return (
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title" className="text-sm font-semibold text-slate-900">Timeline</h3>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">No changes recorded yet.</p>
      ) : (
        <ol aria-label="Timeline" className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4">
          {entries.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span aria-hidden className="absolute -left-[1.3rem] top-1.5 size-2 rounded-full bg-brand-600" />
              <span className="text-slate-800">{describeTimelineEntry(e)}</span>
              <time dateTime={e.at} className="block text-xs text-slate-500">{dateTime(e.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { Card, CardHeader } from '@/components/ui/card';
import { dateTime } from '@/lib/util/format';
import { SnapshotSummary } from './snapshot-summary';
import type { SnapshotView, WorkshopListView } from './types';

const kindLabels: Record<string, string> = { workshop: 'End of a workshop', baseline: 'Before a workshop', manual: 'Manual' };

/** Past workshops with their summaries, and every snapshot of the model. */
export function WorkshopHistory({ workshops, snapshots }: { workshops: WorkshopListView[]; snapshots: SnapshotView[] }) {
  const past = workshops.filter((w) => w.status === 'ended');
  return (
    <Card>
      <CardHeader title="History" description="Workshops held on this model and the snapshots they left." />
      <div className="space-y-6 p-5">
        <section aria-labelledby="past-workshops">
          <h3 id="past-workshops" className="text-sm font-semibold text-slate-900">Past workshops</h3>
          {past.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">No workshop has ended on this model yet.</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {past.map((w) => (
                <li key={w.id} className="rounded-md border border-slate-200">
                  <details>
                    <summary className="cursor-pointer px-3 py-2 text-sm">
                      <span className="font-medium text-slate-900">{w.title}</span>
                      <span className="text-slate-600"> · {dateTime(w.startedAt)}{w.facilitator ? ` · facilitated by ${w.facilitator}` : ''}</span>
                    </summary>
                    <div className="border-t border-slate-200 p-3">
                      {w.summary ? <SnapshotSummary summary={w.summary} /> : <p className="text-sm text-slate-600">No summary was recorded.</p>}
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="snapshots-title">
          <h3 id="snapshots-title" className="text-sm font-semibold text-slate-900">Snapshots</h3>
          {snapshots.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">No snapshots yet. Starting a workshop takes the first one.</p>
          ) : (
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Snapshots of this model</caption>
              <thead className="text-xs text-slate-500">
                <tr><th scope="col" className="py-1 pr-3 font-medium">Name</th><th scope="col" className="py-1 pr-3 font-medium">Kind</th><th scope="col" className="py-1 pr-3 font-medium">Taken</th><th scope="col" className="py-1 font-medium">By</th></tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.id} className="border-t border-slate-100">
                    <td className="py-1 pr-3 text-slate-900">{s.name}</td>
                    <td className="py-1 pr-3 text-slate-700">{kindLabels[s.kind] ?? s.kind}</td>
                    <td className="py-1 pr-3 text-slate-700">{dateTime(s.createdAt)}</td>
                    <td className="py-1 text-slate-700">{s.createdBy ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </Card>
  );
}

import type { WorkshopSummary } from '@/lib/workshop/summary';
import { dateTime } from '@/lib/util/format';
import { ChangeList } from './change-list';

/** The record a workshop leaves: who came, what was decided, what is still open, what changed. */
export function SnapshotSummary({ summary }: { summary: WorkshopSummary }) {
  return (
    <div className="grid gap-4 text-sm md:grid-cols-2">
      <section aria-label="Attendance">
        <h4 className="font-semibold text-slate-900">Attendance ({summary.attendance.length})</h4>
        <p className="text-slate-700">{summary.attendance.join(', ') || 'Nobody recorded.'}</p>
        <p className="mt-1 text-xs text-slate-500">
          Facilitated by {summary.facilitator ?? 'a former member'} · {dateTime(summary.startedAt)} – {dateTime(summary.endedAt)}
        </p>
      </section>
      <section aria-label="Decisions">
        <h4 className="font-semibold text-slate-900">Decisions ({summary.decisions.length})</h4>
        {summary.decisions.length ? (
          <ul className="list-disc space-y-0.5 pl-5 text-slate-700">{summary.decisions.map((d, i) => <li key={i}>{d.text}</li>)}</ul>
        ) : <p className="text-slate-600">No decisions recorded.</p>}
      </section>
      <section aria-label="Open questions">
        <h4 className="font-semibold text-slate-900">Open questions ({summary.parkingLot.length})</h4>
        {summary.parkingLot.length ? (
          <ul className="list-disc space-y-0.5 pl-5 text-slate-700">{summary.parkingLot.map((p) => <li key={p.id}>{p.text}{p.by && <span className="text-slate-500"> — {p.by}</span>}</li>)}</ul>
        ) : <p className="text-slate-600">Every parked question was resolved.</p>}
      </section>
      <section aria-label="Changes during the workshop">
        <h4 className="font-semibold text-slate-900">
          Changes {summary.baseline ? `since the snapshot of ${dateTime(summary.baseline.createdAt)}` : '(no earlier snapshot: everything is new)'}
        </h4>
        <ChangeList diff={summary.diff} emptyText="The model did not change." />
      </section>
    </div>
  );
}

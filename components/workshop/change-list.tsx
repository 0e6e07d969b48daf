import { diffCollectionLabels, diffCollections, diffSize, type DiffValue, type FieldChange, type ModelDiff } from '@/lib/workshop/diff';
import { plural } from '@/lib/util/format';

const fieldLabels: Record<string, string> = {
  boundaryId: 'boundary', parentId: 'parent boundary', sourceId: 'source', targetId: 'target', controlType: 'control type',
  rejectionReason: 'rejection reason', dueDate: 'due date', ticketUrl: 'ticket', evidenceLinks: 'evidence links', links: 'linked threats',
  catalogueId: 'catalogue entry', ruleId: 'rule', triggerRetired: 'trigger retired',
};

const label = (field: string) => fieldLabels[field] ?? field.replace(/^properties\./, '');
const show = (v: DiffValue | undefined) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

export function describeField(f: FieldChange): string {
  return 'before' in f || 'after' in f ? `${label(f.field)} ${show(f.before)} → ${show(f.after)}` : label(f.field);
}

/** What changed between two versions of a model, per kind of thing, in words. */
export function ChangeList({ diff, emptyText = 'Nothing has changed.' }: { diff: ModelDiff; emptyText?: string }) {
  if (diffSize(diff) === 0) return <p className="text-sm text-slate-600">{emptyText}</p>;
  return (
    <div className="space-y-3">
      {diffCollections.map((c) => {
        const d = diff[c];
        const count = d.added.length + d.changed.length + d.removed.length;
        if (!count) return null;
        return (
          <section key={c} aria-label={`${diffCollectionLabels[c]} changes`}>
            <h4 className="text-sm font-semibold text-slate-900">
              {diffCollectionLabels[c]} <span className="font-normal text-slate-500">({count})</span>
            </h4>
            <ul className="mt-1 space-y-0.5 text-sm">
              {d.added.map((e) => (
                <li key={`a-${e.id}`}><span className="font-medium text-emerald-800">Added:</span> {e.name}</li>
              ))}
              {d.changed.map((e) => (
                <li key={`c-${e.id}`}>
                  <span className="font-medium text-amber-900">Changed:</span> {e.name} <span className="text-slate-600">({e.fields.map(describeField).join('; ')})</span>
                </li>
              ))}
              {d.removed.map((e) => (
                <li key={`r-${e.id}`}><span className="font-medium text-red-800">Removed:</span> {e.name}</li>
              ))}
            </ul>
          </section>
        );
      })}
      <p className="text-xs text-slate-500">{plural(diffSize(diff), 'change')} in all.</p>
    </div>
  );
}

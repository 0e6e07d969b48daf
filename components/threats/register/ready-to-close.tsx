'use client';
import { Button } from '@/components/ui/button';
import type { ThreatItem } from '../types';

/** Open threats whose mitigations are all verified: one click marks each mitigated. */
export function ReadyToClose({ rows, canEdit, onOpen, onMark }: {
  rows: readonly ThreatItem[];
  canEdit: boolean;
  onOpen: (t: ThreatItem) => void;
  onMark: (t: ThreatItem) => void;
}) {
  const ready = rows.filter((t) => t.allMitigationsVerified && (t.status === 'identified' || t.status === 'mitigating'));
  if (ready.length === 0) return null;
  return (
    <div role="region" aria-label="Ready to mark mitigated" className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
      <p className="font-medium">
        {ready.length === 1 ? '1 threat has' : `${ready.length} threats have`} every mitigation verified{canEdit ? '. Mark as mitigated?' : '.'}
      </p>
      <ul className="space-y-1">
        {ready.slice(0, 10).map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-2">
            <button type="button" className="text-left underline hover:text-emerald-700" onClick={() => onOpen(t)}>{t.title}</button>
            {canEdit && (
              <Button size="sm" variant="secondary" aria-label={`Mark ${t.title} as mitigated`} onClick={() => onMark(t)}>Mark mitigated</Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

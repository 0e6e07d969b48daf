import type { ControlType } from '@/lib/domain/mitigation';
import { parseLinks } from '../tracker/view-state';
import type { MitigationChanges, MitigationItem } from '../types';

// The mitigation editor's form values (text) and how they become the update action's changes.

export type Draft = {
  title: string;
  description: string;
  controlType: string;
  ownerId: string;
  dueDate: string;
  ticketUrl: string;
  evidence: string;
  evidenceLinks: string;
};

export const draftOf = (m: MitigationItem): Draft => ({
  title: m.title,
  description: m.description,
  controlType: m.controlType,
  ownerId: m.owner?.id ?? '',
  dueDate: m.dueDate ?? '',
  ticketUrl: m.ticketUrl ?? '',
  evidence: m.evidence,
  evidenceLinks: m.evidenceLinks.join('\n'),
});

/** Form text as the action's values. */
const toValue: { [K in keyof Draft]: (v: string) => MitigationChanges[K] } = {
  title: (v) => v.trim(),
  description: (v) => v,
  controlType: (v) => v as ControlType,
  ownerId: (v) => v || null,
  dueDate: (v) => v || null,
  ticketUrl: (v) => v.trim() || null,
  evidence: (v) => v,
  evidenceLinks: parseLinks,
};
const sameAs: Partial<Record<keyof Draft, (a: string, b: string) => boolean>> = { evidence: (a, b) => a.trim() === b.trim() };

/**
 * Only what the form changed, in the action's terms, with the values it was based on (the form's
 * starting values, which stay put for fields the user edits while others save theirs).
 */
export function draftChanges(base: Partial<Draft>, draft: Partial<Draft>): { changes: MitigationChanges; base: MitigationChanges } {
  const changes: Record<string, unknown> = {};
  const from: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    const mine = draft[key];
    const was = base[key] ?? '';
    if (mine === undefined) continue;
    const same = sameAs[key]?.(mine, was) ?? JSON.stringify(toValue[key](mine)) === JSON.stringify(toValue[key](was));
    if (same) continue;
    changes[key] = toValue[key](mine);
    from[key] = toValue[key](was);
  }
  return { changes: changes as MitigationChanges, base: from as MitigationChanges };
}

import { controlTypes, mitigationStatuses, type ControlType, type MitigationStatus } from '../../domain/mitigation';
import { threatStatuses, type ThreatStatus } from '../../domain/threat';
import type { DocumentMitigation, DocumentThreat } from '../../exchange/model-document';
import type { CellThreats } from './graph';
import { multiLine, oneLine, type NoteCollector } from './notes';
import type { TdThreat } from './td-schema';
import { mitigationStatusFromTd, severityFromTd, statusFromTd, typeFromTd, unratedSeverity } from './threat-mapping';

// Threats embedded in Threat Dragon cells → Threatline threats and linked mitigations (tables in
// threat-mapping.ts). Values our exporter wrote under `threatline` are taken as they are.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface MitigationHint {
  ref: string;
  title: string;
  description: string;
  status: MitigationStatus;
  controlType: ControlType;
  likelihoodReduction: number;
  impactReduction: number;
}

interface ThreatHint {
  status: ThreatStatus;
  likelihood: number;
  impact: number;
  stride: string[];
  category: string;
  mitigations: MitigationHint[] | null;
}

const reduction = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4;

function mitigationHints(value: unknown): MitigationHint[] | null {
  if (!Array.isArray(value) || value.length > 200) return null;
  const out: MitigationHint[] = [];
  for (const m of value) {
    if (!isObject(m) || typeof m.ref !== 'string' || typeof m.title !== 'string' || typeof m.description !== 'string') return null;
    if (!(mitigationStatuses as readonly unknown[]).includes(m.status) || !(controlTypes as readonly unknown[]).includes(m.controlType)) return null;
    if (!reduction(m.likelihoodReduction) || !reduction(m.impactReduction)) return null;
    const title = oneLine(m.title, 200);
    if (!title) return null;
    out.push({
      ref: m.ref.slice(0, 200), title, description: multiLine(m.description, 10_000), status: m.status as MitigationStatus,
      controlType: m.controlType as ControlType, likelihoodReduction: m.likelihoodReduction as number, impactReduction: m.impactReduction as number,
    });
  }
  return out;
}

function threatHint(t: TdThreat): ThreatHint | null {
  const h = t.threatline;
  if (!isObject(h)) return null;
  const rating = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;
  if (typeof h.status !== 'string' || !(threatStatuses as readonly string[]).includes(h.status)) return null;
  if (!rating(h.likelihood) || !rating(h.impact) || typeof h.category !== 'string') return null;
  if (!Array.isArray(h.stride) || !h.stride.every((s) => typeof s === 'string' && /^[STRIDE]$/.test(s))) return null;
  return {
    status: h.status as ThreatStatus, likelihood: h.likelihood as number, impact: h.impact as number,
    stride: [...new Set(h.stride as string[])], category: h.category.slice(0, 80), mitigations: mitigationHints(h.mitigations),
  };
}

export function convertThreats(cellThreats: readonly CellThreats[], nextId: (kind: string) => string, now: string, notes: NoteCollector) {
  const threats: DocumentThreat[] = [];
  const mitigations: DocumentMitigation[] = [];
  const byRef = new Map<string, DocumentMitigation>();
  let fromText = 0;
  for (const source of cellThreats) {
    if (source.target.type === 'model') {
      notes.approx(`${source.threats.length} threat${source.threats.length === 1 ? '' : 's'} on ${source.subject}`, 'Kept as model-wide threats: that shape does not exist on the Threatline canvas.', source.path);
    }
    source.threats.forEach((t, ti) => {
      const path = `${source.path}.data.threats[${ti}]`;
      const id = nextId('t');
      const h = threatHint(t);
      const title = oneLine(t.title, 200) || oneLine(t.type, 200) || 'Untitled threat';
      let status: ThreatStatus;
      let rating: { likelihood: number; impact: number };
      let category: string;
      let stride: string[];
      if (h) {
        ({ status, category, stride } = h);
        rating = { likelihood: h.likelihood, impact: h.impact };
      } else {
        const st = statusFromTd[(t.status ?? '').toLowerCase().replace(/[\s_-]/g, '')];
        status = st?.status ?? 'identified';
        if (!st || !st.exact) notes.group(`status:${t.status ?? ''}`, 'approximations', (n) => `${n} threat${n === 1 ? '' : 's'} with status “${oneLine(t.status, 40)}”`, `Read as ${status}:`, title);
        const sev = severityFromTd[(t.severity ?? '').toLowerCase().trim()];
        rating = sev ?? unratedSeverity;
        if (!sev) notes.group(`severity:${t.severity ?? ''}`, 'approximations', (n) => `${n} threat${n === 1 ? '' : 's'} with severity “${oneLine(t.severity, 40) || 'none'}”`, 'No usable severity: rated likelihood 3 and impact 3:', title);
        const type = typeFromTd(t.modelType ?? '', oneLine(t.type, 200));
        category = type.category;
        stride = type.stride;
        if (type.approximate) notes.group(`type:${type.approximate}`, 'approximations', (n) => `${n} threat${n === 1 ? '' : 's'}: ${type.approximate}`, 'The threat type was read as a STRIDE letter for', title);
      }
      const score = t.score === undefined ? '' : oneLine(String(t.score), 200);
      threats.push({
        id, title, description: multiLine(t.description, 10_000), category, stride, references: {},
        likelihood: rating.likelihood, impact: rating.impact, status, owner: null,
        rationale: score ? `Threat Dragon score: ${score}` : '', source: 'manual', catalogueId: null, ruleId: null,
        target: { type: source.target.type, id: source.target.id }, triggerRetired: false, createdAt: now, statusHistory: [],
      });
      const text = multiLine(t.mitigation, 10_000);
      if (h?.mitigations) {
        // Written by our exporter: the same mitigations, shared between threats as before.
        for (const m of h.mitigations) {
          const link = { threatId: id, likelihoodReduction: m.likelihoodReduction, impactReduction: m.impactReduction };
          const known = byRef.get(m.ref);
          if (known) {
            if (!known.links.some((l) => l.threatId === id)) known.links.push(link);
            continue;
          }
          const created: DocumentMitigation = {
            id: nextId('m'), title: m.title, description: m.description, controlType: m.controlType, status: m.status,
            rejectionReason: null, owner: null, dueDate: null, ticketUrl: null, evidence: '', evidenceLinks: [], catalogueId: null, links: [link], history: [],
          };
          byRef.set(m.ref, created);
          mitigations.push(created);
        }
      } else if (text) {
        fromText++;
        const [first = '', ...rest] = text.split('\n');
        const mTitle = oneLine(first, 200) || title;
        mitigations.push({
          id: nextId('m'), title: mTitle, description: rest.join('\n').trim(), controlType: 'preventive', status: mitigationStatusFromTd[status],
          rejectionReason: null, owner: null, dueDate: null, ticketUrl: null, evidence: '', evidenceLinks: [], catalogueId: null,
          links: [{ threatId: id, likelihoodReduction: 0, impactReduction: 0 }], history: [],
        });
      }
      if ((t.description?.length ?? 0) > 10_000) notes.approx(`Threat “${title}”`, 'Description shortened to 10,000 characters.', path);
    });
  }
  if (fromText) {
    notes.approx(
      `${fromText} mitigation${fromText === 1 ? '' : 's'} from threat text`,
      'Each threat’s mitigation text became one linked mitigation (first line as title), typed Preventive, with status Implemented when the threat was Mitigated, In progress when it was being mitigated, else Proposed, and no risk reduction recorded.',
    );
  }
  return { threats, mitigations };
}

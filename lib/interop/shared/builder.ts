import { catalogueVersion } from '../../catalogue';
import { defaultReduction, type ControlType, type MitigationStatus } from '../../domain/mitigation';
import type { ThreatStatus } from '../../domain/threat';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, type DocumentMitigation, type DocumentThreat, type ModelDocument } from '../../exchange/model-document';
import { engineVersion } from '../../rules';
import type { GraphBoundary, GraphElement, GraphFlow } from '../../graph/types';
import type { ImportFormat, ImportNote, ImportResult } from '../types';

export interface ImportOptions {
  /** Fixes the generated ids and timestamps (tests); by default ids get a random part so a merge never collides. */
  seed?: string;
  now?: Date;
}

// Single-line text in the diagram may not hold control characters; multi-line text keeps newlines and tabs.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function oneLine(s: string, max: number): string {
  const t = s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

export function multiLine(s: string, max: number): string {
  const t = s.replace(/\r\n?/g, '\n').replace(CONTROL_MULTILINE, '').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** Sections under headings; whole sections past the limit are cut (and named, for the report). */
export function fitSections(sections: { heading: string | null; body: string }[], max: number): { text: string; cut: string[] } {
  let text = '';
  const cut: string[] = [];
  for (const s of sections) {
    const body = s.body.trim();
    if (!body) continue;
    // The separator stays outside the shortened part: multiLine trims, and a heading glued to the
    // previous paragraph would no longer be a heading.
    const sep = text ? '\n\n' : '';
    const part = `${s.heading ? `### ${s.heading}\n\n` : ''}${body}`;
    if (text.length + sep.length + part.length <= max) text += sep + part;
    else {
      const room = max - text.length - sep.length;
      if (room > 200) text += sep + multiLine(part, room);
      cut.push(s.heading ?? 'Description');
    }
  }
  return { text, cut };
}

const randomPart = () => {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return (c?.randomUUID?.() ?? Math.random().toString(16).slice(2)).replace(/-/g, '').slice(0, 8);
};

/** Collects the pieces of a ModelDocument and the import report as a converter goes. */
export class DocumentBuilder {
  readonly boundaries: GraphBoundary[] = [];
  readonly elements: GraphElement[] = [];
  readonly flows: GraphFlow[] = [];
  readonly threats: DocumentThreat[] = [];
  readonly mitigations: DocumentMitigation[] = [];
  readonly approximations: ImportNote[] = [];
  readonly unmapped: ImportNote[] = [];
  private readonly seed: string;
  private counter = 0;
  readonly now: string;

  constructor(readonly format: ImportFormat, options: ImportOptions = {}) {
    this.seed = options.seed ?? randomPart();
    this.now = (options.now ?? new Date()).toISOString();
  }

  newId(prefix: 'b' | 'e' | 'f' | 't' | 'm'): string {
    return `${prefix}-${this.seed}-${++this.counter}`;
  }

  approx(subject: string, detail: string, path?: string) {
    this.approximations.push({ subject, detail, ...(path ? { path } : {}) });
  }

  skip(subject: string, detail: string, path?: string) {
    this.unmapped.push({ subject, detail, ...(path ? { path } : {}) });
  }

  threat(t: Pick<DocumentThreat, 'title' | 'target'> & Partial<DocumentThreat>): DocumentThreat {
    const status = (t.status ?? 'identified') as ThreatStatus;
    const threat: DocumentThreat = {
      id: this.newId('t'), description: '', category: '', stride: [], references: {}, likelihood: 3, impact: 3,
      owner: null, rationale: '', source: 'manual', catalogueId: null, ruleId: null, triggerRetired: false, createdAt: this.now,
      statusHistory: [{ from: null, to: status, at: this.now, actor: null }],
      ...t,
      status,
    };
    this.threats.push(threat);
    return threat;
  }

  mitigation(m: Pick<DocumentMitigation, 'title'> & Partial<DocumentMitigation>): DocumentMitigation {
    const status = (m.status ?? 'proposed') as MitigationStatus;
    const mitigation: DocumentMitigation = {
      id: this.newId('m'), description: '', controlType: 'preventive', rejectionReason: null, owner: null, dueDate: null,
      ticketUrl: null, evidence: '', evidenceLinks: [], catalogueId: null, links: [],
      history: [{ field: 'status', from: null, to: status, at: this.now, actor: null }],
      ...m,
      status,
    };
    this.mitigations.push(mitigation);
    return mitigation;
  }

  /** Adds a link once; without explicit reductions the control type's default applies (as in the app). */
  link(m: DocumentMitigation, threatId: string, reduction?: { likelihoodReduction: number; impactReduction: number }): boolean {
    if (m.links.some((l) => l.threatId === threatId)) return false;
    m.links.push({ threatId, ...(reduction ?? defaultReduction(m.controlType as ControlType)) });
    return true;
  }

  build(model: { name: string; description: string }, source: string): ImportResult {
    const document: ModelDocument = {
      format: MODEL_DOCUMENT_FORMAT,
      formatVersion: MODEL_DOCUMENT_VERSION,
      exportedAt: this.now,
      generator: { name: 'Threatline', catalogueVersion, rulesVersion: engineVersion },
      model: {
        id: `model-${this.seed}`,
        name: oneLine(model.name, 120) || 'Imported model',
        description: multiLine(model.description, 10_000),
        workspace: { id: 'import', name: '' },
        revision: 0,
        createdAt: this.now,
        updatedAt: this.now,
      },
      graph: { boundaries: this.boundaries, elements: this.elements, flows: this.flows },
      threats: this.threats,
      mitigations: this.mitigations,
      suggestions: [],
    };
    return {
      document,
      report: {
        format: this.format,
        source,
        counts: {
          elements: this.elements.length,
          boundaries: this.boundaries.length,
          flows: this.flows.length,
          threats: this.threats.length,
          mitigations: this.mitigations.length,
          links: this.mitigations.reduce((n, m) => n + m.links.length, 0),
        },
        approximations: this.approximations,
        unmapped: this.unmapped,
      },
    };
  }
}

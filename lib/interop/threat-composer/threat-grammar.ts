import { elementKindDefs, isElementKind } from '../../domain/element-kinds';
import { strideLetters } from '../../domain/threat';
import type { DocumentThreat, ModelDocument } from '../../exchange/model-document';
import { line } from './export-text';
import type { GrammarKey } from './read-back';

// Threat Composer's threat grammar ("A [source] [prerequisites] can [action], which leads to
// [impact], resulting in reduced [goal] of [assets]"), filled only with what we know: the asset is
// the element or flow the threat is on, the action and the goal follow from its STRIDE letters,
// and the source is Threat Composer's own default ("threat actor"). We record no prerequisites or
// concrete impact, so those stay empty. The statement itself is always our title.

export type TcGrammar = Partial<Record<Exclude<GrammarKey, 'impactedGoal' | 'impactedAssets'>, string> & Record<'impactedGoal' | 'impactedAssets', string[]>>;
type Letter = (typeof strideLetters)[number];

const ACTION: Record<Letter, (x: string) => string> = {
  S: (x) => `impersonate a trusted user or service towards ${x}`,
  T: (x) => `tamper with ${x}`,
  R: (x) => `act on ${x} without the action being traceable to them`,
  I: (x) => `obtain information from ${x} they are not entitled to`,
  D: (x) => `disrupt the availability of ${x}`,
  E: (x) => `gain privileges through ${x} that they should not have`,
};
/** The security property each STRIDE category violates. */
const GOAL: Record<Letter, string> = { S: 'authenticity', T: 'integrity', R: 'non-repudiation', I: 'confidentiality', D: 'availability', E: 'authorization' };

export interface ThreatTarget {
  type: 'element' | 'flow' | 'model';
  /** For custom:element / custom:flow. */
  label: string;
  /** The asset, as it reads inside a sentence. */
  phrase: string;
}

/** Resolves threat targets against the diagram (indexed once: a model has thousands of threats). */
export function targetResolver(doc: ModelDocument): (t: DocumentThreat) => ThreatTarget {
  const elements = new Map(doc.graph.elements.map((e) => [e.id, e]));
  const flows = new Map(doc.graph.flows.map((f) => [f.id, f]));
  const name = (id: string) => line(elements.get(id)?.name ?? '', 200) || 'an unnamed element';
  return (t) => {
    const e = t.target.type === 'element' && t.target.id ? elements.get(t.target.id) : undefined;
    if (e) {
      const kind = isElementKind(e.kind) ? elementKindDefs[e.kind].label : e.kind;
      return { type: 'element', label: line(`${e.name} (${kind})`, 500), phrase: name(e.id) };
    }
    const f = t.target.type === 'flow' && t.target.id ? flows.get(t.target.id) : undefined;
    if (f) {
      const label = line(f.label, 120);
      return {
        type: 'flow',
        label: line(`${name(f.sourceId)} → ${name(f.targetId)}${label ? `: ${label}` : ''}`, 500),
        phrase: `${label || 'the data'} sent from ${name(f.sourceId)} to ${name(f.targetId)}`,
      };
    }
    return { type: 'model', label: '', phrase: line(doc.model.name, 200) || 'the system' };
  };
}

export const grammarOf = {
  /** Parts derived from our threat: asset from its target, action and goal from STRIDE. */
  derived(t: DocumentThreat, asset: string): TcGrammar {
    const letters = [...new Set(t.stride.map((s) => s.toUpperCase()))].filter((s): s is Letter => (strideLetters as readonly string[]).includes(s));
    const impactedAssets = [line(asset, 200)];
    if (!letters.length) return { impactedAssets };
    return {
      threatSource: 'threat actor',
      threatAction: line(letters.map((l) => ACTION[l](asset)).join(', or '), 200),
      impactedGoal: [...new Set(letters.map((l) => GOAL[l]))],
      impactedAssets,
    };
  },
  /** Parts an import wrote as "Threat source: …" lines, restored (lists were joined with commas). */
  readBack(parts: Partial<Record<GrammarKey, string>>): TcGrammar {
    const out: TcGrammar = {};
    for (const [key, value] of Object.entries(parts) as [GrammarKey, string][]) {
      if (key === 'impactedGoal' || key === 'impactedAssets') {
        const list = value.split(', ').map((v) => line(v, 200)).filter(Boolean).slice(0, 100);
        if (list.length) out[key] = list;
      } else {
        const v = line(value, 200);
        if (v) out[key] = v;
      }
    }
    return out;
  },
};

import { triState } from '../domain/fields';
import { elementKindDefs, isElementKind } from '../domain/element-kinds';
import { classificationOptions } from '../domain/flow';
import type { GraphElement, GraphFlow } from '../graph/types';

// Wording helpers shared by all rules, so explanations read the same everywhere:
//   training job “Fine-tune” (differential privacy: no) … “A” → “B” → “C” … — why it matters.

/** Lower-cases the first letter unless the word looks like an acronym or a camelCase name. */
function lowerFirst(s: string): string {
  const first = s.split(/[\s/]/)[0] ?? s;
  if (first.length < 2 || /[A-Z]/.test(first.slice(1, 2)) || /[a-z][A-Z]/.test(first)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function quote(name: string): string {
  const n = name.trim();
  return n ? `“${n}”` : '(unnamed)';
}

export function kindLabel(kind: string): string {
  if (!isElementKind(kind)) return kind;
  const def = elementKindDefs[kind];
  return lowerFirst(def.shortLabel ?? def.label);
}

/** `training job “Fine-tune”` */
export function named(el: GraphElement): string {
  return `${kindLabel(el.kind)} ${quote(el.name)}`;
}

function fieldOf(kind: string, key: string) {
  return isElementKind(kind) ? elementKindDefs[kind].fields.find((f) => f.key === key) : undefined;
}

/** The value of a property as the inspector shows it; tri-states read yes / no / not recorded. */
export function valueText(el: GraphElement, key: string): string {
  const field = fieldOf(el.kind, key);
  const raw = el.properties[key];
  if (field?.options?.some((o) => o.value === 'yes')) {
    const t = triState(raw);
    return t === 'unknown' ? 'not recorded' : t;
  }
  if (typeof raw !== 'string' || raw.trim() === '') return 'not recorded';
  const option = field?.options?.find((o) => o.value === raw);
  return option ? lowerFirst(option.label) : raw.trim();
}

/** `validation: no` — the property label as in the inspector with its current value. */
export function prop(el: GraphElement, key: string): string {
  const label = fieldOf(el.kind, key)?.label ?? key;
  return `${lowerFirst(label)}: ${valueText(el, key)}`;
}

/** `origin: public web, validation: no` */
export function propsInline(el: GraphElement, keys: readonly string[]): string {
  return keys.map((k) => prop(el, k)).join(', ');
}

/** `(origin: public web, validation: no)` or '' when no keys are given. */
export function props(el: GraphElement, keys: readonly string[]): string {
  return keys.length ? ` (${keys.map((k) => prop(el, k)).join(', ')})` : '';
}

/** `personal data`, `confidential data`, … for a flow's classification. */
export function classificationText(flow: GraphFlow): string {
  const c = flow.properties.classification;
  const label = lowerFirst(classificationOptions.find((o) => o.value === c)?.label ?? 'unclassified');
  return label.endsWith(' data') ? label : `${label} data`;
}

export function encryptionText(flow: GraphFlow): string {
  const e = flow.properties.encryption;
  return e === 'tls' ? 'TLS' : e === 'mtls' ? 'mutual TLS' : e === 'none' ? 'none' : 'not recorded';
}

export function flowNamed(flow: GraphFlow, source: GraphElement, target: GraphElement): string {
  const label = flow.label.trim() ? `flow ${quote(flow.label)}` : 'the flow';
  return `${label} from ${named(source)} to ${named(target)}`;
}

/** "a, b and c"; long lists are cut to `max` items plus "and N more". */
export function list(items: readonly string[], max = 4): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function arrow(names: readonly string[]): string {
  return names.join(' → ');
}

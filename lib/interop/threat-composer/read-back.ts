// Reads back what importThreatComposer wrote into Threatline text, so exporting an imported model
// restores the Threat Composer fields instead of nesting them in comments: the full statement, the
// grammar parts, tags, comments and custom metadata ("Key: value" lines), the T-/M-/A- numbers,
// the quoted assumptions and the model description's "Assumptions", "Architecture" and "Data flow"
// sections. Only the importer's exact layout is recognised; any other text stays text.

export const grammarLabels = {
  'Threat source': 'threatSource',
  Prerequisites: 'prerequisites',
  'Threat action': 'threatAction',
  'Threat impact': 'threatImpact',
  'Impacted goal': 'impactedGoal',
  'Impacted assets': 'impactedAssets',
  'Custom template': 'customTemplate',
} as const;
export type GrammarKey = (typeof grammarLabels)[keyof typeof grammarLabels];

export interface ReadBack {
  /** The full statement (or mitigation content) the title was cut from, when the text starts with it. */
  statement: string | null;
  grammar: Partial<Record<GrammarKey, string>>;
  tags: string[];
  /** "Comments", "custom:…" and pack lines, in their order. */
  metadata: { key: string; value: string }[];
  /** Numbers of the assumptions quoted under "Assumptions:". */
  assumptions: number[];
  /** The number in "Threat Composer: T-22, …" (or M- for mitigations). */
  numericId: number | null;
  /** Everything else, paragraphs kept. */
  rest: string;
}

const GRAMMAR_LINE = new RegExp(`^(${Object.keys(grammarLabels).join('|')}): (.+)$`);
const METADATA_LINE = /^(Comments|custom:\S{0,43}?|source|threatPackId|threatPackThreatId|threatPackMitigationCandidateId|mitigationPackId|mitigationPackMitigationId): (.*)$/;
const PRIORITY_LINE = /^(Priority .* in Threat Composer → likelihood \d, impact \d\.|No priority in Threat Composer → likelihood and impact \d\.)$/;

/** The first paragraph is the full statement when the title is it, or was cut from it (ending in "…"). */
function leadingStatement(text: string, title: string): string | null {
  if (!title) return null;
  const end = text.indexOf('\n\n');
  const first = end < 0 ? text : text.slice(0, end);
  if (first === title) return first;
  return title.endsWith('…') && first.length >= title.length && first.startsWith(title.slice(0, -1)) ? first : null;
}

export function readBack(text: string, title: string, prefix: 'T' | 'M'): ReadBack {
  const normal = text.replace(/\r\n?/g, '\n').trim();
  const statement = leadingStatement(normal, title);
  const body = statement === null ? normal : normal.slice(statement.length);
  const out: ReadBack = { statement, grammar: {}, tags: [], metadata: [], assumptions: [], numericId: null, rest: '' };
  const numbered = new RegExp(`^Threat Composer: ${prefix}-(\\d*)[,.]`);
  const rest: string[] = [];
  let inAssumptions = false;
  let lastMeta: { key: string; value: string } | null = null;
  for (const line of body.split('\n')) {
    if (line.trim() === '') {
      inAssumptions = false;
      lastMeta = null;
      if (rest.length && rest[rest.length - 1] !== '') rest.push('');
      continue;
    }
    if (line === 'Assumptions:') {
      inAssumptions = true;
      continue;
    }
    const quoted = inAssumptions ? /^- A-(\d+): /.exec(line) : null;
    if (quoted) {
      out.assumptions.push(Number(quoted[1]));
      continue;
    }
    inAssumptions = false;
    const number = numbered.exec(line);
    const grammar = GRAMMAR_LINE.exec(line);
    const meta = METADATA_LINE.exec(line);
    if (number) out.numericId = number[1] ? Number(number[1]) : null;
    else if (PRIORITY_LINE.test(line)) continue;
    else if (grammar && prefix === 'T') out.grammar[grammarLabels[grammar[1] as keyof typeof grammarLabels]] = grammar[2]!;
    else if (line.startsWith('Tags: ')) out.tags.push(...line.slice(6).split(', '));
    else if (meta) {
      lastMeta = { key: meta[1]!, value: meta[2]! };
      out.metadata.push(lastMeta);
      continue;
    } else if (lastMeta) {
      // A value of several lines (a comment, usually): the importer wrote it as one "key: value" entry.
      lastMeta.value += `\n${line}`;
      continue;
    } else rest.push(line);
    lastMeta = null;
  }
  out.rest = rest.join('\n').trim();
  return out;
}

const SECTIONS = { '### Assumptions (from Threat Composer)': 'assumptions', '### Architecture': 'architecture', '### Data flow': 'dataflow' } as const;

/** The model description split into the sections the importer writes (application text first). */
export function splitModelDescription(text: string): Record<'application' | 'assumptions' | 'architecture' | 'dataflow', string> {
  const parts = { application: [] as string[], assumptions: [] as string[], architecture: [] as string[], dataflow: [] as string[] };
  let current: keyof typeof parts = 'application';
  // When the importer shortens a section to fit the 10,000 characters, the blank line before the
  // next heading can be lost ("…network.### Architecture"): put it back.
  const normal = text.replace(/\r\n?/g, '\n').replace(/(\S)(### (?:Assumptions \(from Threat Composer\)|Architecture|Data flow))\n/g, '$1\n\n$2\n');
  for (const line of normal.split('\n')) {
    const section = Object.prototype.hasOwnProperty.call(SECTIONS, line.trim()) ? SECTIONS[line.trim() as keyof typeof SECTIONS] : null;
    if (section) current = section;
    else parts[current].push(line);
  }
  const join = (lines: string[]) => lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { application: join(parts.application), assumptions: join(parts.assumptions), architecture: join(parts.architecture), dataflow: join(parts.dataflow) };
}

export interface ReadAssumption {
  numericId: number | null;
  content: string;
  tags: string[];
  metadata: { key: string; value: string }[];
}

/**
 * The "Assumptions (from Threat Composer)" section as the importer writes it: "- A-3: text" items
 * with indented "Tags: …" and "key: value" lines. A line written by hand becomes an assumption of
 * its own; an indented line that is neither is added to the item's comments.
 */
export function readAssumptions(section: string): ReadAssumption[] {
  const items: ReadAssumption[] = [];
  for (const line of section.split('\n')) {
    if (!line.trim()) continue;
    const last = items[items.length - 1];
    if (/^\s{2,}\S/.test(line) && last) {
      const text = line.trim();
      const meta = /^(Comments|custom:\S{0,43}?): (.*)$/.exec(text);
      if (text.startsWith('Tags: ')) last.tags.push(...text.slice(6).split(', '));
      else if (meta) last.metadata.push({ key: meta[1]!, value: meta[2]! });
      else last.metadata.push({ key: 'Comments', value: text });
      continue;
    }
    const item = /^[-*]\s+(?:A-(\d+):\s*)?(.*)$/.exec(line.trim());
    items.push({ numericId: item?.[1] ? Number(item[1]) : null, content: (item ? item[2]! : line).trim(), tags: [], metadata: [] });
  }
  return items.filter((a) => a.content);
}

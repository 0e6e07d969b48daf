import { classificationText, list, named, props } from '../describe';
import type { Rule, Suggestion } from '../types';

const sensitive: ReadonlySet<string> = new Set(['personal', 'confidential', 'restricted']);

export const vectorStoreExposure: Rule = {
  id: 'R-RAG-VECTOR-STORE-ACCESS',
  title: 'Vector store with sensitive data lacks access control, isolation or encryption',
  description:
    'Reports vector stores that hold personal data or receive personal, confidential or restricted flows and serve an LLM app or agent without document-level access control or tenant isolation; and such stores holding personal data without encryption at rest (embedding inversion).',
  threatIds: ['TL-AI-046', 'TL-AI-047'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const store of ctx.elements('vector-store')) {
      const personal = ctx.yn(store, 'personalData') === 'yes';
      const flows = ctx.inFlows(store).filter((f) => sensitive.has(String(f.properties.classification)));
      if (!personal && flows.length === 0) continue;
      const holds = personal ? 'holds personal data' : `receives ${list([...new Set(flows.map(classificationText))], 3)}`;
      const readers = ctx.successors(store).filter((s) => s.kind === 'llm-application' || s.kind === 'agent');
      const open = ['accessControl', 'tenantIsolation'].filter((k) => ctx.yn(store, k) !== 'yes');
      if (readers.length && open.length) {
        out.push(
          ctx.forElement(this.id, 'TL-AI-046', store, `${named(store)} ${holds} and serves ${list(readers.map(named), 2)}${props(store, open)} — retrieval can return passages the asker is not allowed to read.`, [store.id, ...readers.map((r) => r.id)]),
        );
      }
      if ((personal || flows.some((f) => f.properties.classification === 'personal')) && ctx.yn(store, 'encryptionAtRest') !== 'yes') {
        out.push(ctx.forElement(this.id, 'TL-AI-047', store, `${named(store)} ${holds}${props(store, ['encryptionAtRest'])} — stolen embeddings can be inverted back into text.`));
      }
    }
    return out;
  },
};

export const retrievalRules: Rule[] = [vectorStoreExposure];

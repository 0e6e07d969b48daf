import type { GraphElement } from '../../graph/types';
import type { RuleContext } from '../context';
import { classificationText, list, named, prop, props, propsInline, quote } from '../describe';
import { pathsText, runtimeContent, untrustedContentFor, userFacing } from '../facts';
import type { Rule, Suggestion } from '../types';

const sensitive: ReadonlySet<string> = new Set(['personal', 'confidential', 'restricted']);

export const directPromptInjection: Rule = {
  id: 'R-LLM-DIRECT-INJECTION',
  title: 'LLM app or agent takes prompts from users',
  description: 'Reports LLM applications and agents that are reachable from the internet or take input straight from an end user: direct prompt injection and jailbreaks.',
  threatIds: ['TL-AI-035', 'TL-AI-038'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const el of ctx.elements('llm-application', 'agent')) {
      const users = userFacing(ctx, el);
      if (!users) continue;
      const filters = el.kind === 'llm-application' ? `, with ${propsInline(el, ['inputFiltering', 'outputFiltering'])}` : '';
      out.push(ctx.forElement(this.id, 'TL-AI-035', el, `${named(el)} ${users.text}${filters} — typed instructions can override its system prompt.`, users.ids));
      out.push(ctx.forElement(this.id, 'TL-AI-038', el, `${named(el)} ${users.text}${filters} — users can talk the model out of its safety rules.`, users.ids));
    }
    return out;
  },
};

export const indirectPromptInjection: Rule = {
  id: 'R-LLM-INDIRECT-INJECTION',
  title: 'LLM app or agent reads untrusted documents or tool results',
  description:
    'Follows run-time content upstream (documents, vector stores, tools and other LLM stages, not training) from every LLM app and agent to content that is public-web, user-generated or partner data, sits in an internet or third-party boundary, or comes from a third-party tool; also LLM apps with retrieval enabled but no source drawn.',
  threatIds: ['TL-AI-036'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const el of ctx.elements('llm-application', 'agent')) {
      const found = untrustedContentFor(ctx, el);
      if (found.length) {
        const p = pathsText(ctx, el.id, found.map((f) => f.el), 'up', runtimeContent);
        const what = list(found.map((f) => `${named(f.el)} (${f.reason})`), 3);
        out.push(ctx.forElement(this.id, 'TL-AI-036', el, `${named(el)} puts content from ${what} into its prompts: ${p.text} — instructions hidden in that content are obeyed as if the user wrote them.`, p.ids));
        continue;
      }
      if (el.kind !== 'llm-application' || ctx.yn(el, 'rag') !== 'yes') continue;
      const sources = [...ctx.reach(el.id, 'up', runtimeContent).values()].some((h) => h.element.kind === 'vector-store' || h.element.kind === 'data-source');
      if (sources) continue;
      out.push(ctx.forElement(this.id, 'TL-AI-036', el, `${named(el)}${props(el, ['rag'])} but no document source is drawn, so retrieved content cannot be shown to be trusted — instructions hidden in documents are obeyed as if the user wrote them.`));
    }
    return out;
  },
};

export const systemPromptLeak: Rule = {
  id: 'R-LLM-SYSTEM-PROMPT-LEAK',
  title: 'System prompt holds secrets',
  description: 'Reports LLM applications whose system prompt is recorded as holding secrets, noting when users can reach them.',
  threatIds: ['TL-AI-040'],
  evaluate(ctx) {
    return ctx.elements('llm-application').flatMap((el) => {
      if (ctx.yn(el, 'systemPromptSecret') !== 'yes') return [];
      const users = userFacing(ctx, el);
      const reach = users ? ` and ${users.text}` : '';
      return [ctx.forElement(this.id, 'TL-AI-040', el, `${named(el)}${props(el, ['systemPromptSecret'])}${reach} — any prompt can be extracted, and the secrets with it.`, users?.ids ?? [el.id])];
    });
  },
};

export const insecureOutput: Rule = {
  id: 'R-LLM-INSECURE-OUTPUT',
  title: 'Model output rendered or executed without checks',
  description:
    'Reports LLM apps whose output is rendered as HTML/Markdown (and link/image exfiltration when untrusted content or sensitive retrieval reaches the prompt), and tools that take model-written arguments without validation.',
  threatIds: ['TL-AI-042', 'TL-AI-043'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const app of ctx.elements('llm-application')) {
      if (ctx.yn(app, 'outputRenderedAsHtml') !== 'yes') continue;
      out.push(ctx.forElement(this.id, 'TL-AI-042', app, `${named(app)}${props(app, ['outputRenderedAsHtml', 'outputFiltering'])} — generated markup or script runs in the user’s browser.`));
      const untrusted = untrustedContentFor(ctx, app);
      const stores = sensitiveStores(ctx, app);
      if (untrusted.length === 0 && stores.length === 0) continue;
      const reasons = [
        ...(untrusted.length ? [`reads untrusted content from ${list(untrusted.map((u) => named(u.el)), 2)}`] : []),
        ...(stores.length ? [`retrieves sensitive data from ${list(stores.map((s) => named(s.store)), 2)}`] : []),
      ];
      out.push(
        ctx.forElement(this.id, 'TL-AI-043', app,
          `${named(app)}${props(app, ['outputRenderedAsHtml'])} and ${reasons.join(' and ')} — an injected image or link can carry that data to an attacker’s server.`,
          [app.id, ...untrusted.map((u) => u.el.id), ...stores.map((s) => s.store.id)]),
      );
    }
    for (const tool of ctx.elements('tool')) {
      if (ctx.yn(tool, 'inputValidation') === 'yes') continue;
      const callers = ctx.predecessors(tool).filter((p) => p.kind === 'agent' || p.kind === 'llm-application');
      if (callers.length === 0) continue;
      out.push(ctx.forElement(this.id, 'TL-AI-042', tool, `${named(tool)}${props(tool, ['inputValidation', 'access'])} takes arguments written by ${list(callers.map(named), 2)} — model output is executed as if it were trusted input.`, [tool.id, ...callers.map((c) => c.id)]));
    }
    return out;
  },
};

/** Vector stores in an LLM stage's run-time content that hold personal or confidential data. */
export function sensitiveStores(ctx: RuleContext, el: GraphElement): { store: GraphElement; why: string }[] {
  const out: { store: GraphElement; why: string }[] = [];
  for (const hop of ctx.reach(el.id, 'up', runtimeContent).values()) {
    const store = hop.element;
    if (store.kind !== 'vector-store') continue;
    if (ctx.yn(store, 'personalData') === 'yes') {
      out.push({ store, why: prop(store, 'personalData') });
      continue;
    }
    const f = ctx.inFlows(store).find((x) => sensitive.has(String(x.properties.classification)));
    if (f) out.push({ store, why: `receives ${classificationText(f)} from ${quote(ctx.source(f).name)}` });
  }
  return out;
}

export const ragSensitiveDisclosure: Rule = {
  id: 'R-LLM-RAG-SENSITIVE-DISCLOSURE',
  title: 'Retrieval over personal or confidential data',
  description: 'Reports LLM apps and agents whose run-time content includes a vector store holding personal data or fed personal, confidential or restricted data.',
  threatIds: ['TL-AI-041'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const el of ctx.elements('llm-application', 'agent')) {
      const stores = sensitiveStores(ctx, el);
      if (stores.length === 0) continue;
      const p = pathsText(ctx, el.id, stores.map((s) => s.store), 'up', runtimeContent);
      const guards = el.kind === 'llm-application' ? props(el, ['outputFiltering']) : '';
      const what = list(stores.map((s) => `${named(s.store)} (${s.why}, ${prop(s.store, 'accessControl')})`), 2);
      out.push(ctx.forElement(this.id, 'TL-AI-041', el, `${named(el)}${guards} retrieves from ${what}: ${p.text} — a crafted question can pull records the asker should not see.`, p.ids));
    }
    return out;
  },
};

export const externalApiData: Rule = {
  id: 'R-LLM-EXTERNAL-API-DATA',
  title: 'Sensitive data sent to an LLM provider that may keep or train on it',
  description: 'Reports external LLM APIs that receive personal, confidential or restricted flows unless the provider is recorded as neither retaining nor training on prompts.',
  threatIds: ['TL-AI-029'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const api of ctx.elements('external-llm-api')) {
      if (ctx.yn(api, 'providerRetainsPrompts') === 'no' && ctx.yn(api, 'providerTrainsOnPrompts') === 'no') continue;
      const flows = ctx.inFlows(api).filter((f) => sensitive.has(String(f.properties.classification)));
      if (flows.length === 0) continue;
      const senders = list(flows.map((f) => `${named(ctx.source(f))} (${classificationText(f)})`), 3);
      out.push(
        ctx.forElement(this.id, 'TL-AI-029', api, `${senders} ${flows.length === 1 ? 'sends' : 'send'} data to ${named(api)}${props(api, ['providerRetainsPrompts', 'providerTrainsOnPrompts'])} — the provider may store or learn from it.`,
          [api.id, ...flows.flatMap((f) => [f.sourceId, f.id])]),
      );
    }
    return out;
  },
};

export const llmRules: Rule[] = [directPromptInjection, indirectPromptInjection, systemPromptLeak, insecureOutput, ragSensitiveDisclosure, externalApiData];

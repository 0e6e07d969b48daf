import { g } from '../test-graph';
import type { RuleCase } from './types';

/** A shopper on the internet calling a model server trained on personal data. */
const servedModel = (svc: Record<string, unknown>, opts: { exposed?: boolean; personal?: boolean; monitor?: Record<string, unknown> } = {}) => {
  const b = g()
    .boundary('net', 'internet', {}, null, 'Internet')
    .el('user', 'human-actor', { role: 'end-user' }, opts.exposed === false ? null : 'net', 'Shopper')
    .el('events', 'data-source', { personalData: opts.personal === false ? 'no' : 'yes', origin: 'internal' }, null, 'Clicks')
    .el('train', 'training-job', { differentialPrivacy: 'no' }, null, 'Train')
    .el('reg', 'model-registry', {}, null, 'Registry')
    .el('svc', 'inference-service', svc, null, 'Ranker')
    .chain(['events', 'train', 'reg', 'svc']);
  if (opts.exposed !== false) b.flow('user', 'svc');
  if (opts.monitor) b.el('mon', 'monitoring', opts.monitor, null, 'Monitor').flow('svc', 'mon');
  return b.build();
};

export const servingCases: RuleCase[] = [
  {
    rule: 'R-EXPOSED-MODEL-EXTRACTION',
    name: 'public model API without rate limiting returns scores',
    graph: (safe) =>
      servedModel(safe ? { rateLimiting: 'yes', authentication: 'yes', returnsConfidenceScores: 'no' } : { rateLimiting: 'no', authentication: 'yes', returnsConfidenceScores: 'yes' }),
    expect: [{ threatId: 'TL-AI-031', target: 'svc', mentions: ['inference service “Ranker”', '“Shopper” → “Ranker”', 'rate limiting: no', 'returns confidence scores: yes'] }],
  },
  {
    rule: 'R-EXPOSED-EVASION',
    name: 'public model without filtering or rate limiting',
    graph: (safe) => servedModel({ rateLimiting: 'no', inputFiltering: 'no' }, { exposed: !safe }),
    expect: [
      { threatId: 'TL-AI-022', target: 'svc', mentions: ['“Shopper” → “Ranker”', 'rate limiting: no'] },
      { threatId: 'TL-AI-023', target: 'svc', mentions: ['input filtering: no at “Ranker”'] },
    ],
  },
  {
    rule: 'R-EXPOSED-PRIVACY-ATTACKS',
    name: 'public model trained on personal clicks returns scores',
    graph: (safe) => servedModel({ returnsConfidenceScores: 'yes' }, { personal: !safe }),
    expect: [
      { threatId: 'TL-AI-026', target: 'svc', mentions: ['data source “Clicks”', 'personal data: yes', '“Train” → “Registry” → “Ranker”'] },
      { threatId: 'TL-AI-027', target: 'svc', mentions: ['“Clicks”'] },
      { threatId: 'TL-AI-025', target: 'svc', mentions: ['confidence scores'] },
    ],
  },
  {
    rule: 'R-PRIVACY-MEMORISATION',
    name: 'personal data trained without differential privacy, surfaced at the model server',
    graph: (safe) => {
      const graph = servedModel({}, { exposed: false });
      if (safe) graph.elements.train!.properties.differentialPrivacy = 'yes';
      return graph;
    },
    expect: [{ threatId: 'TL-AI-028', target: 'svc', mentions: ['inference service “Ranker”', 'differential privacy: no', '“Clicks” → “Train”'] }],
  },
  {
    rule: 'R-EXPOSED-NO-RATE-LIMIT',
    name: 'public chat app without rate limiting calls a paid LLM API',
    graph: (safe) =>
      g()
        .el('app', 'llm-application', { exposure: 'internet', rateLimiting: safe ? 'yes' : 'no' }, null, 'Chat')
        .el('api', 'external-llm-api', { scopedApiKey: 'no' }, null, 'GPT')
        .chain(['app', 'api'])
        .build(),
    expect: [
      { threatId: 'TL-AI-059', target: 'app', mentions: ['LLM app “Chat”', 'rate limiting: no at “Chat”'] },
      { threatId: 'TL-AI-060', target: 'app', mentions: ['external LLM API “GPT”'] },
      { threatId: 'TL-AI-060', target: 'api', mentions: ['scoped API key: no', 'LLM app “Chat”'] },
    ],
  },
  {
    rule: 'R-EXPOSED-NO-ABUSE-DETECTION',
    name: 'public model watched by monitoring without abuse detection',
    graph: (safe) => servedModel({}, { monitor: { abuseDetection: safe ? 'yes' : 'no' } }),
    expect: [{ threatId: 'TL-AI-062', target: 'mon', mentions: ['monitoring “Monitor”', 'abuse detection: no', 'inference service “Ranker”'] }],
  },
  {
    rule: 'R-DRIFT-UNMONITORED',
    name: 'online features feed a model whose monitoring has no drift detection',
    graph: (safe) =>
      g()
        .el('fs', 'feature-store', { onlineServing: 'yes' }, null, 'Features')
        .el('svc', 'inference-service', {}, null, 'Scorer')
        .el('mon', 'monitoring', { driftDetection: safe ? 'yes' : 'no' }, null, 'Grafana')
        .chain(['fs', 'svc', 'mon'])
        .build(),
    expect: [{ threatId: 'TL-AI-024', target: 'mon', mentions: ['drift detection: no', 'online features from feature store “Features”'] }],
  },
];

/** A RAG chat: documents → ingestion → vector store → app, with a user in front. */
const rag = (opts: { origin?: string; app?: Record<string, unknown>; store?: Record<string, unknown>; user?: boolean } = {}) => {
  const b = g()
    .boundary('net', 'internet', {}, null, 'Internet')
    .el('docs', 'data-source', { origin: opts.origin ?? 'internal' }, null, 'Wiki')
    .el('ingest', 'data-ingestion', { validation: 'yes' }, null, 'Ingest')
    .el('vs', 'vector-store', opts.store ?? {}, null, 'Index')
    .el('app', 'llm-application', { rag: 'yes', ...opts.app }, null, 'Helpdesk bot')
    .chain(['docs', 'ingest', 'vs', 'app']);
  if (opts.user !== false) b.el('user', 'human-actor', { role: 'end-user' }, 'net', 'Visitor').flow('user', 'app');
  return b.build();
};

export const llmCases: RuleCase[] = [
  {
    rule: 'R-LLM-DIRECT-INJECTION',
    name: 'chat app takes prompts from internet visitors',
    graph: (safe) => rag({ user: !safe }),
    expect: [
      { threatId: 'TL-AI-035', target: 'app', mentions: ['LLM app “Helpdesk bot”', '“Visitor” → “Helpdesk bot”', 'internet boundary “Internet”'] },
      { threatId: 'TL-AI-038', target: 'app', mentions: ['“Visitor” → “Helpdesk bot”'] },
    ],
  },
  {
    rule: 'R-LLM-INDIRECT-INJECTION',
    name: 'RAG over public web pages',
    graph: (safe) => rag({ origin: safe ? 'internal' : 'public-web' }),
    expect: [{ threatId: 'TL-AI-036', target: 'app', mentions: ['data source “Wiki” (origin: public web)', '“Wiki” → “Ingest” → “Index” → “Helpdesk bot”'] }],
  },
  {
    rule: 'R-LLM-INDIRECT-INJECTION',
    name: 'agent reads web pages through a search tool',
    graph: (safe) =>
      g()
        .boundary('web', 'internet', {}, null, 'Web')
        .el('pages', 'data-source', {}, safe ? null : 'web', 'Pages')
        .el('search', 'tool', { thirdParty: 'no' }, null, 'Search')
        .el('agent', 'agent', {}, null, 'Researcher')
        .chain(['pages', 'search', 'agent'])
        .build(),
    expect: [{ threatId: 'TL-AI-036', target: 'agent', mentions: ['internet boundary “Web”', '“Pages” → “Search” → “Researcher”'] }],
  },
  {
    rule: 'R-LLM-SYSTEM-PROMPT-LEAK',
    name: 'system prompt with an API key',
    graph: (safe) => rag({ app: { systemPromptSecret: safe ? 'no' : 'yes' } }),
    expect: [{ threatId: 'TL-AI-040', target: 'app', mentions: ['system prompt holds secrets: yes', '“Visitor” → “Helpdesk bot”'] }],
  },
  {
    rule: 'R-LLM-INSECURE-OUTPUT',
    name: 'HTML-rendered answers over untrusted documents; tool without argument validation',
    graph: (safe) => {
      const graph = rag({ origin: 'user-generated', app: { outputRenderedAsHtml: safe ? 'no' : 'yes' } });
      graph.elements.tool = { id: 'tool', kind: 'tool', name: 'Shell', description: '', boundaryId: null, x: 0, y: 0, properties: { inputValidation: safe ? 'yes' : 'no' } };
      graph.flows['app>tool'] = { id: 'app>tool', sourceId: 'app', targetId: 'tool', label: '', properties: { classification: 'internal' } };
      return graph;
    },
    expect: [
      { threatId: 'TL-AI-042', target: 'app', mentions: ['output rendered as HTML / Markdown: yes'] },
      { threatId: 'TL-AI-043', target: 'app', mentions: ['untrusted content from data source “Wiki”'] },
      { threatId: 'TL-AI-042', target: 'tool', mentions: ['tool “Shell”', 'argument validation: no', 'LLM app “Helpdesk bot”'] },
    ],
  },
  {
    rule: 'R-LLM-RAG-SENSITIVE-DISCLOSURE',
    name: 'RAG over personal data',
    graph: (safe) => rag({ store: { personalData: safe ? 'no' : 'yes' } }),
    expect: [{ threatId: 'TL-AI-041', target: 'app', mentions: ['vector store “Index” (personal data: yes', '“Index” → “Helpdesk bot”'] }],
  },
  {
    rule: 'R-LLM-EXTERNAL-API-DATA',
    name: 'personal prompts to a provider that retains them',
    graph: (safe) =>
      g()
        .el('app', 'llm-application', {}, null, 'Chat')
        .el('api', 'external-llm-api', { providerRetainsPrompts: safe ? 'no' : 'yes', providerTrainsOnPrompts: 'no' }, null, 'Vendor LLM')
        .flow('app', 'api', { classification: 'personal' })
        .build(),
    expect: [{ threatId: 'TL-AI-029', target: 'api', mentions: ['LLM app “Chat” (personal data)', 'provider retains prompts: yes'] }],
  },
];

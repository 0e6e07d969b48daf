import type { CatalogueThreat } from '../schema';

export const llmAndRetrievalThreats: CatalogueThreat[] = [
  {
    id: 'TL-AI-035',
    title: 'Direct prompt injection',
    description:
      'A user writes input that overrides the application’s instructions, making the model ignore its task, reveal hidden context or trigger tools it should not. Language models cannot reliably tell instructions from data, so filtering alone does not close the gap.',
    category: 'prompt-injection',
    stride: ['T', 'E'],
    references: {
      atlas: ['AML.T0051.000', 'AML.T0051'],
      owaspLlm: ['LLM01:2025', 'LLM01:2026'],
      owaspAgentic: ['ASI01'],
      nist: ['NISTAML.018'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'agent'],
      flows: false,
      indicators: [
        { on: 'llm-application', property: 'inputFiltering', equals: 'no' },
        { on: 'llm-application', property: 'exposure', equals: 'internet' },
      ],
    },
    likelihood: 4,
    impact: 3,
    mitigations: ['TL-M-032', 'TL-M-034', 'TL-M-031', 'TL-M-033', 'TL-M-038'],
  },
  {
    id: 'TL-AI-036',
    title: 'Indirect prompt injection',
    description:
      'Instructions hidden in content the model reads on someone’s behalf, such as a web page, e-mail, document or tool result, take over the conversation. The victim never sees the payload, and the model may act on it with the victim’s permissions.',
    category: 'prompt-injection',
    stride: ['T', 'E'],
    references: {
      atlas: ['AML.T0051.001', 'AML.T0093', 'AML.T0066'],
      owaspLlm: ['LLM01:2025', 'LLM01:2026'],
      owaspAgentic: ['ASI01'],
      nist: ['NISTAML.015'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'agent', 'vector-store', 'tool'],
      flows: false,
      indicators: [
        { on: 'llm-application', property: 'rag', equals: 'yes' },
        { on: 'llm-application', property: 'usesTools', equals: 'yes' },
        { on: 'tool', property: 'thirdParty', equals: 'yes' },
      ],
    },
    likelihood: 4,
    impact: 4,
    mitigations: ['TL-M-031', 'TL-M-040', 'TL-M-032', 'TL-M-039', 'TL-M-037'],
  },
  {
    id: 'TL-AI-037',
    title: 'Triggered or delayed prompt injection',
    description:
      'An injected instruction waits for a condition, such as a later user message, a date or a particular tool call, before it acts. Delaying the effect separates it from the content that carried it and defeats checks that look only at the current turn.',
    category: 'prompt-injection',
    stride: ['T', 'E'],
    references: {
      atlas: ['AML.T0051.002', 'AML.T0094'],
      owaspLlm: ['LLM01:2025', 'LLM01:2026'],
      owaspAgentic: ['ASI01', 'ASI06'],
      nist: ['NISTAML.015'],
    },
    appliesTo: { elementKinds: ['agent', 'vector-store', 'llm-application'], flows: false },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-031', 'TL-M-040', 'TL-M-042', 'TL-M-044'],
  },
  {
    id: 'TL-AI-038',
    title: 'Jailbreak',
    description:
      'Role-play, obfuscation, many-shot examples or other crafted prompts talk the model out of its safety training so it produces content or takes steps its operator forbids. New jailbreak styles appear faster than filters are updated.',
    category: 'prompt-injection',
    stride: ['E'],
    references: {
      atlas: ['AML.T0054', 'AML.T0065', 'AML.T0068'],
      owaspLlm: ['LLM01:2025', 'LLM01:2026'],
      owaspAgentic: ['ASI01'],
      nist: ['NISTAML.018', 'NISTAML.04'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'external-llm-api', 'agent'],
      flows: false,
      indicators: [{ on: 'llm-application', property: 'outputFiltering', equals: 'no' }],
    },
    likelihood: 4,
    impact: 3,
    mitigations: ['TL-M-032', 'TL-M-034', 'TL-M-033', 'TL-M-044', 'TL-M-020'],
  },
  {
    id: 'TL-AI-039',
    title: 'Self-replicating prompt',
    description:
      'A prompt is crafted so that the model copies it into its own output, which other assistants or agents then read and obey in turn. Such a worm spreads through shared mailboxes, documents or agent networks and repeats its payload each time.',
    category: 'prompt-injection',
    stride: ['T', 'E'],
    references: { atlas: ['AML.T0061'], owaspLlm: ['LLM01:2025', 'LLM01:2026'], owaspAgentic: ['ASI01', 'ASI08'] },
    appliesTo: { elementKinds: ['agent', 'llm-application'], flows: false },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-031', 'TL-M-033', 'TL-M-040'],
  },
  {
    id: 'TL-AI-040',
    title: 'System-prompt and hidden-context leakage',
    description:
      'Users coax the model into repeating its system prompt, tool definitions or retrieved policy text. Anything sensitive there, such as keys, internal addresses or business rules meant as a security boundary, is then exposed.',
    category: 'prompt-injection',
    stride: ['I'],
    references: {
      atlas: ['AML.T0056', 'AML.T0069.002'],
      owaspLlm: ['LLM07:2025', 'LLM08:2026'],
      nist: ['NISTAML.035'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'agent'],
      flows: false,
      indicators: [{ on: 'llm-application', property: 'systemPromptSecret', equals: 'yes' }],
    },
    likelihood: 4,
    impact: 2,
    mitigations: ['TL-M-035', 'TL-M-032', 'TL-M-034'],
  },
  {
    id: 'TL-AI-041',
    title: 'Sensitive information disclosed in responses',
    description:
      'The model passes on data from its context that the current user should not see, such as another customer’s records from retrieval, tool output or conversation history. The leak is a plain answer, so network and access logs show nothing unusual.',
    category: 'privacy',
    stride: ['I'],
    references: {
      atlas: ['AML.T0057'],
      owaspLlm: ['LLM02:2025', 'LLM02:2026'],
      nist: ['NISTAML.038', 'NISTAML.036'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'agent', 'vector-store'],
      flows: false,
      indicators: [
        { on: 'llm-application', property: 'outputFiltering', equals: 'no' },
        { on: 'vector-store', property: 'personalData', equals: 'yes' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-036', 'TL-M-033', 'TL-M-035', 'TL-M-046'],
  },
  {
    id: 'TL-AI-042',
    title: 'Insecure handling of model output',
    description:
      'Model output is inserted into a web page, database query, shell command or API call without validation or encoding. An attacker who can influence the output, directly or by injection, then gets cross-site scripting, injection or remote code execution in the consuming system.',
    category: 'llm-output',
    stride: ['T', 'E'],
    references: {
      atlas: ['AML.T0050', 'AML.T0077'],
      owaspLlm: ['LLM05:2025', 'LLM10:2026'],
      owaspAgentic: ['ASI05'],
      owaspMl: ['ML09:2023'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'agent', 'tool'],
      flows: false,
      indicators: [
        { on: 'llm-application', property: 'outputRenderedAsHtml', equals: 'yes' },
        { on: 'tool', property: 'inputValidation', equals: 'no' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-033', 'TL-M-041', 'TL-M-038'],
  },
  {
    id: 'TL-AI-043',
    title: 'Data exfiltration through rendered links and images',
    description:
      'An injected instruction makes the model emit a Markdown image or link whose address contains conversation data. When the client renders it, the browser sends that data to the attacker’s server without any click.',
    category: 'llm-output',
    stride: ['I'],
    references: { atlas: ['AML.T0077'], owaspLlm: ['LLM05:2025', 'LLM10:2026', 'LLM02:2025', 'LLM02:2026'] },
    appliesTo: {
      elementKinds: ['llm-application'],
      flows: false,
      indicators: [{ on: 'llm-application', property: 'outputRenderedAsHtml', equals: 'yes' }],
    },
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-033', 'TL-M-031'],
  },
  {
    id: 'TL-AI-044',
    title: 'Misinformation and fabricated citations',
    description:
      'The model states false facts with confidence or cites sources that do not say what it claims, and users or downstream systems rely on the answer. Attackers can encourage this by planting misleading content or manipulating citation elements.',
    category: 'llm-output',
    stride: ['T'],
    references: {
      atlas: ['AML.T0062', 'AML.T0067.000'],
      owaspLlm: ['LLM09:2025', 'LLM07:2026'],
      owaspAgentic: ['ASI09'],
      owaspMl: ['ML09:2023'],
      nist: ['NISTAML.027'],
    },
    appliesTo: {
      elementKinds: ['llm-application', 'agent', 'human-actor'],
      flows: false,
      indicators: [{ on: 'llm-application', property: 'humanInTheLoop', equals: 'no' }],
    },
    likelihood: 4,
    impact: 3,
    mitigations: ['TL-M-047', 'TL-M-039'],
  },
  {
    id: 'TL-AI-045',
    title: 'Poisoning of the retrieval corpus or vector store',
    description:
      'An attacker gets crafted documents or embeddings into the store that retrieval searches, written to rank highly for chosen questions. Answers then repeat the attacker’s claims or carry injected instructions, and the poison persists until the entries are found and removed.',
    category: 'retrieval',
    stride: ['T'],
    references: {
      atlas: ['AML.T0070', 'AML.T0071', 'AML.T0066'],
      owaspLlm: ['LLM08:2025', 'LLM09:2026', 'LLM04:2025', 'LLM05:2026'],
      owaspAgentic: ['ASI06'],
      nist: ['NISTAML.013'],
    },
    appliesTo: {
      elementKinds: ['vector-store', 'data-ingestion'],
      flows: false,
      indicators: [
        { on: 'vector-store', property: 'validation', equals: 'no' },
        { on: 'data-ingestion', property: 'validation', equals: 'no' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-037', 'TL-M-003', 'TL-M-031', 'TL-M-004'],
  },
  {
    id: 'TL-AI-046',
    title: 'Over-permissive or cross-tenant retrieval',
    description:
      'Retrieval searches the whole index instead of only what the asking user may read, so answers include passages from other teams or customers. The same happens when tenants share a collection and the filter is applied only in the client.',
    category: 'retrieval',
    stride: ['I'],
    references: {
      atlas: ['AML.T0085.000', 'AML.T0064'],
      owaspLlm: ['LLM08:2025', 'LLM09:2026', 'LLM02:2025', 'LLM02:2026'],
      nist: ['NISTAML.038'],
    },
    appliesTo: {
      elementKinds: ['vector-store', 'llm-application'],
      flows: false,
      indicators: [
        { on: 'vector-store', property: 'accessControl', equals: 'no' },
        { on: 'vector-store', property: 'tenantIsolation', equals: 'no' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-036', 'TL-M-029', 'TL-M-044'],
  },
  {
    id: 'TL-AI-047',
    title: 'Embedding inversion',
    description:
      'Embeddings are often treated as harmless numbers, yet much of the original text can be recovered from them. A copy of the vector store or an API that returns vectors therefore leaks the underlying documents.',
    category: 'retrieval',
    stride: ['I'],
    references: { owaspLlm: ['LLM08:2025', 'LLM09:2026'], nist: ['NISTAML.032'] },
    appliesTo: {
      elementKinds: ['vector-store'],
      flows: false,
      indicators: [
        { on: 'vector-store', property: 'encryptionAtRest', equals: 'no' },
        { on: 'vector-store', property: 'personalData', equals: 'yes' },
      ],
    },
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-029', 'TL-M-003'],
  },
  {
    id: 'TL-AI-048',
    title: 'Credentials harvested from the retrieval corpus',
    description:
      'Indexed wikis, tickets and code often contain passwords, tokens and connection strings. A user who asks the right question gets them back from the assistant, even if they could never have found the source page.',
    category: 'retrieval',
    stride: ['I'],
    references: { atlas: ['AML.T0082'], owaspLlm: ['LLM02:2025', 'LLM02:2026'] },
    appliesTo: { elementKinds: ['vector-store', 'data-ingestion'], flows: false },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-037', 'TL-M-036', 'TL-M-067'],
  },
];

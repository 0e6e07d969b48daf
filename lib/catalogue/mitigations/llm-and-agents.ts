import type { CatalogueMitigation } from '../schema';

export const llmAndAgentMitigations: CatalogueMitigation[] = [
  {
    id: 'TL-M-031',
    title: 'Separate untrusted content from instructions',
    description:
      'Build prompts so that retrieved documents, web pages, e-mails and tool results are clearly delimited and labelled as data, never merged into the instruction part. Tell the model explicitly that such content carries no authority, and strip hidden text and markup before insertion.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0033'] },
    appliesTo: { elementKinds: ['llm-application', 'agent', 'vector-store'], flows: false },
  },
  {
    id: 'TL-M-032',
    title: 'Screen prompts with input guardrails',
    description:
      'Run user input and inserted content through a guardrail that recognises injection and jailbreak patterns, obfuscation and policy violations before it reaches the model. Record what was blocked so that new attack styles can be studied.',
    controlType: 'detective',
    references: { atlas: ['AML.M0020'] },
    appliesTo: { elementKinds: ['llm-application', 'agent', 'external-llm-api'], flows: false },
  },
  {
    id: 'TL-M-033',
    title: 'Validate and encode model output for its destination',
    description:
      'Treat model output as untrusted user input: validate it against the expected structure and encode it for wherever it goes next, whether HTML, SQL, a shell or an API call. Also screen it for secrets, personal data and links to unknown domains before it is shown or acted on.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0020', 'AML.M0033'] },
    appliesTo: { elementKinds: ['llm-application', 'agent', 'tool'], flows: false },
  },
  {
    id: 'TL-M-034',
    title: 'Align the model and write defensive instructions',
    description:
      'Prefer models with safety tuning for the intended use, and give them clear instructions about scope, refusals and how to treat embedded commands. This lowers the success rate of casual attacks, although it is never a complete defence on its own.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0021', 'AML.M0022'] },
    appliesTo: { elementKinds: ['llm-application', 'agent', 'external-llm-api'], flows: false },
  },
  {
    id: 'TL-M-035',
    title: 'Keep secrets and access rules out of prompts',
    description:
      'Assume anything in a prompt, including the system prompt and tool descriptions, can be read by the user. Keep credentials in the calling code and enforce authorisation in the application, not by asking the model to behave.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: ['llm-application', 'agent', 'tool'], flows: false },
  },
  {
    id: 'TL-M-036',
    title: 'Enforce permissions and tenant isolation at retrieval',
    description:
      'Filter search results by the permissions of the person asking, and keep each tenant in its own index or behind a filter the server enforces. The model must never be handed a passage its user could not open directly.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0005'] },
    appliesTo: { elementKinds: ['vector-store', 'llm-application'], flows: false },
  },
  {
    id: 'TL-M-037',
    title: 'Vet and trace content before indexing',
    description:
      'Accept documents into the retrieval corpus only from known sources, record who added each one, and scan them for hidden instructions, credentials and personal data before embedding. Make it easy to find and remove every chunk of a bad document.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0025', 'AML.M0007'] },
    appliesTo: { elementKinds: ['vector-store', 'data-ingestion'], flows: false },
  },
  {
    id: 'TL-M-038',
    title: 'Grant agents and tools least privilege',
    description:
      'Give each agent and tool its own narrowly scoped identity, preferably acting on behalf of the requesting user rather than as a shared service account. Offer read-only variants of tools and expose only the operations a task needs.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0026', 'AML.M0027', 'AML.M0028'] },
    appliesTo: { elementKinds: ['agent', 'tool', 'llm-application'], flows: false },
  },
  {
    id: 'TL-M-039',
    title: 'Require human approval for consequential actions',
    description:
      'Pause before actions that spend money, send messages, change or delete data or run code, and show a person exactly what will happen. Design the approval step so that it states the effect plainly and cannot be rubber-stamped in bulk.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0029'] },
    appliesTo: { elementKinds: ['agent', 'tool', 'llm-application', 'human-actor'], flows: false },
  },
  {
    id: 'TL-M-040',
    title: 'Restrict tool use after untrusted input',
    description:
      'Track when untrusted content has entered an agent’s context and, from then on, disable or require approval for tools that write, send or reach external hosts. This cuts the path from an injected instruction to a harmful action.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0030'] },
    appliesTo: { elementKinds: ['agent', 'tool'], flows: false },
  },
  {
    id: 'TL-M-041',
    title: 'Run generated code and tools in a sandbox',
    description:
      'Execute model-written code and risky tools in an isolated, short-lived environment with no credentials, a read-only view of data and restricted egress. Separate agent components so one compromised step cannot reach the others’ resources.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0032'] },
    appliesTo: { elementKinds: ['agent', 'tool'], flows: false },
  },
  {
    id: 'TL-M-042',
    title: 'Harden agent memory',
    description:
      'Record where each memory entry came from, store only what the agent is meant to retain, expire entries and validate them before reuse. Keep memories of different users apart and let operators inspect and purge them.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0031'] },
    appliesTo: { elementKinds: ['agent'], flows: false },
  },
  {
    id: 'TL-M-043',
    title: 'Cap agent steps, time and spend',
    description:
      'Bound each agent run by a maximum number of steps, tool calls, tokens, wall-clock time and cost, and stop cleanly when a bound is hit. Runaway loops and deliberately expensive tasks then end before they become incidents.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0004'] },
    appliesTo: { elementKinds: ['agent', 'llm-application', 'external-llm-api'], flows: false },
  },
  {
    id: 'TL-M-044',
    title: 'Log model, agent and tool activity',
    description:
      'Record prompts, retrieved sources, tool calls with their arguments and results, and the identity on whose behalf each step ran. Such telemetry makes abuse visible, supports investigations and shows afterwards who caused an action.',
    controlType: 'detective',
    references: { atlas: ['AML.M0024'] },
    appliesTo: { elementKinds: ['agent', 'tool', 'llm-application', 'monitoring', 'inference-service'], flows: false },
  },
  {
    id: 'TL-M-045',
    title: 'Allowlist, pin and review tools and MCP servers',
    description:
      'Let agents use only tools and tool servers that have been reviewed and are pinned to a specific version and publisher. Re-review when a tool’s description, permissions or code changes, and list all tools in the system’s inventory.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0014', 'AML.M0023'] },
    appliesTo: { elementKinds: ['tool', 'agent'], flows: false },
  },
  {
    id: 'TL-M-046',
    title: 'Minimise data sent to external model providers',
    description:
      'Send a hosted model only the data a request needs, redact personal and confidential fields first, and choose contract terms that rule out retention and training on prompts. Prefer a region that satisfies your data-residency rules.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: ['external-llm-api', 'llm-application'], flows: false },
  },
  {
    id: 'TL-M-047',
    title: 'Ground answers and verify citations',
    description:
      'Have answers cite retrieved sources and automatically check that each cited passage exists and supports the claim. Mark unsupported statements for users and route high-stakes answers to a person.',
    controlType: 'detective',
    references: { atlas: ['AML.M0020'] },
    appliesTo: { elementKinds: ['llm-application', 'agent'], flows: false },
  },
  {
    id: 'TL-M-048',
    title: 'Alert on spend and usage anomalies',
    description:
      'Set budgets and alerts on model and GPU spend per key, tenant and feature, and watch for sudden changes in tokens per request. A hard spending limit at the provider is the last line against denial-of-wallet.',
    controlType: 'detective',
    references: {},
    appliesTo: { elementKinds: ['external-llm-api', 'monitoring', 'inference-service', 'llm-application', 'agent', 'deployment', 'training-job'], flows: false },
  },
  {
    id: 'TL-M-049',
    title: 'Detect drift and investigate shifts',
    description:
      'Compare live input and prediction distributions with a reference and alert when they move beyond agreed bounds. Investigate each shift for deliberate manipulation before retraining on the new data.',
    controlType: 'detective',
    references: { atlas: ['AML.M0008'] },
    appliesTo: { elementKinds: ['monitoring', 'feedback-loop', 'inference-service', 'feature-store'], flows: false },
  },
  {
    id: 'TL-M-050',
    title: 'Roll back to a known-good model or dataset',
    description:
      'Keep previous model versions deployable and practise switching back to them quickly. Combined with versioned data, this limits how long a poisoned or tampered model stays in service once it is spotted.',
    controlType: 'corrective',
    references: {},
    appliesTo: { elementKinds: ['model-registry', 'deployment', 'training-job', 'data-store', 'inference-service'], flows: false },
  },
  {
    id: 'TL-M-051',
    title: 'Authenticate messages between agents',
    description:
      'Give every agent a verifiable identity and sign or mutually authenticate the messages they exchange, including the chain of who delegated what. Reject messages from unknown agents and tasks without a traceable origin.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0032'] },
    appliesTo: { elementKinds: ['agent', 'tool'], flows: true },
  },
  {
    id: 'TL-M-052',
    title: 'Prepare AI incident response',
    description:
      'Write and rehearse playbooks for AI-specific incidents such as a poisoned model, a leaked system prompt or a hijacked agent: who decides, how to disable a model or tool, and how to notify affected users. Keep a kill switch for every autonomous component.',
    controlType: 'corrective',
    references: {},
    appliesTo: { elementKinds: ['monitoring', 'model-registry', 'agent', 'human-actor'], flows: false },
  },
  {
    id: 'TL-M-053',
    title: 'Redact and limit retention of inference logs',
    description:
      'Mask personal data and secrets in logged prompts, responses and features, restrict who can read the logs and delete them after a set period. Logs kept for security should not become the easiest place to steal user data.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: ['monitoring', 'inference-service', 'llm-application'], flows: false },
  },
];

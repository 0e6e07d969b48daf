import { select, text, yesNo } from '../fields';
import { defineKind, filtering, serviceExposure } from './shared';

const humanApproval = select(
  'Human approval',
  [
    { value: 'never', label: 'Never' },
    { value: 'sensitive', label: 'For sensitive actions' },
    { value: 'always', label: 'For every action' },
  ],
  'When a person must confirm before an action takes effect.',
);

const toolAccess = [
  { value: 'read-only', label: 'Read only' },
  { value: 'read-write', label: 'Read and write' },
  { value: 'external-actions', label: 'External actions (send, pay, execute)' },
] as const;

export const llmKinds = {
  'external-llm-api': defineKind('external-llm-api', {
    label: 'External LLM API',
    category: 'llm',
    description: 'A hosted large language model reached over a vendor API; prompts leave your environment.',
    icon: 'Sparkles',
    props: {
      modelName: text('Model name'),
      providerRetainsPrompts: yesNo('Provider retains prompts', 'The vendor stores prompts or completions, e.g. for abuse monitoring.'),
      providerTrainsOnPrompts: yesNo('Provider may train on prompts'),
      scopedApiKey: yesNo('Scoped API key', 'The key is limited to this application, with spend limits.'),
      region: text('Region / data residency'),
    },
  }),
  'llm-application': defineKind('llm-application', {
    label: 'LLM application',
    shortLabel: 'LLM app',
    category: 'llm',
    description: 'An application that builds prompts, calls a language model and presents or acts on its output.',
    icon: 'MessagesSquare',
    props: {
      ...serviceExposure,
      systemPromptSecret: yesNo(
        'System prompt holds secrets',
        'Credentials, internal URLs or rules that must not leak; assume any prompt can be extracted.',
      ),
      rag: yesNo('Retrieval (RAG)', 'Retrieved documents are inserted into prompts.'),
      usesTools: yesNo('Uses tools', 'The model can call functions or plugins.'),
      outputRenderedAsHtml: yesNo('Output rendered as HTML / Markdown', 'Model output is rendered in a browser, so it can carry links or script.'),
      humanInTheLoop: yesNo('Human in the loop', 'A person reviews output before it is acted upon.'),
      ...filtering,
    },
  }),
  agent: defineKind('agent', {
    label: 'Agent',
    category: 'llm',
    description: 'An LLM-driven loop that plans and invokes tools autonomously to reach a goal.',
    icon: 'Bot',
    props: {
      toolPermissions: select('Tool permissions', toolAccess, 'The broadest access any of its tools grants.'),
      humanApproval,
      persistentMemory: yesNo('Persistent memory', 'Keeps memory across sessions, which can be poisoned.'),
      sandboxed: yesNo('Sandboxed execution', 'Generated code and commands run in an isolated sandbox.'),
      stepLimit: yesNo('Step / spend limit', 'Loops are capped by steps, time or cost.'),
    },
  }),
  tool: defineKind('tool', {
    label: 'Tool / plugin',
    shortLabel: 'Tool',
    category: 'llm',
    description: 'A function, plugin or API that a model or agent can call to read data or take action.',
    icon: 'Wrench',
    props: {
      access: select('Access', toolAccess),
      credentials: select('Acts as', [
        { value: 'user', label: 'The requesting user (delegated)' },
        { value: 'service', label: 'A shared service account' },
        { value: 'none', label: 'No credentials' },
      ]),
      humanApproval,
      thirdParty: yesNo('Third-party tool', 'Code or endpoint not controlled by your organisation.'),
      inputValidation: yesNo('Argument validation', 'Arguments from the model are validated against a strict schema.'),
    },
  }),
};

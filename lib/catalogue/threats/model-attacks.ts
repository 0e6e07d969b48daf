import type { CatalogueThreat } from '../schema';

export const modelAttackThreats: CatalogueThreat[] = [
  {
    id: 'TL-AI-021',
    title: 'Evasion with white-box adversarial examples',
    description:
      'With a copy of the model or its gradients, an attacker computes tiny input changes that make it misclassify, such as malware scored as benign or a face matched to someone else. The changes are often invisible to people and reliable against the exact model.',
    category: 'evasion',
    stride: ['T'],
    references: { atlas: ['AML.T0015', 'AML.T0043.000', 'AML.T0044'], owaspMl: ['ML01:2023'], nist: ['NISTAML.022'] },
    appliesTo: { elementKinds: ['inference-service', 'evaluation'], flows: false },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-018', 'TL-M-019', 'TL-M-020', 'TL-M-030'],
  },
  {
    id: 'TL-AI-022',
    title: 'Black-box evasion through queries and proxy models',
    description:
      'Without inside access, an attacker searches for evasive inputs by querying the API many times or crafts them on a similar proxy model and transfers them. Detailed confidence scores and unlimited queries make the search much faster.',
    category: 'evasion',
    stride: ['T'],
    references: {
      atlas: ['AML.T0043.001', 'AML.T0043.002', 'AML.T0005', 'AML.T0040', 'AML.T0015'],
      owaspMl: ['ML01:2023'],
      nist: ['NISTAML.025'],
    },
    appliesTo: {
      elementKinds: ['inference-service'],
      flows: false,
      indicators: [
        { on: 'inference-service', property: 'returnsConfidenceScores', equals: 'yes' },
        { on: 'inference-service', property: 'rateLimiting', equals: 'no' },
        { on: 'inference-service', property: 'exposure', equals: 'internet' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-021', 'TL-M-022', 'TL-M-027', 'TL-M-018'],
  },
  {
    id: 'TL-AI-023',
    title: 'Hand-crafted inputs that slip past a classifier',
    description:
      'Simple manual tricks such as misspellings, added noise, unusual encodings or physical stickers are often enough to get content past a moderation, spam or detection model. No optimisation is needed, so anyone can attempt it.',
    category: 'evasion',
    stride: ['T'],
    references: { atlas: ['AML.T0043.003', 'AML.T0015'], owaspMl: ['ML01:2023'], nist: ['NISTAML.022'] },
    appliesTo: {
      elementKinds: ['inference-service', 'llm-application'],
      flows: false,
      indicators: [{ on: 'inference-service', property: 'inputFiltering', equals: 'no' }],
    },
    likelihood: 4,
    impact: 3,
    mitigations: ['TL-M-019', 'TL-M-018', 'TL-M-049'],
  },
  {
    id: 'TL-AI-024',
    title: 'Exploiting data drift',
    description:
      'An attacker moves the distribution of inputs slowly enough that monitoring treats it as natural drift, or hides inside a real seasonal shift. The model either degrades unnoticed or is retrained on data the attacker shaped.',
    category: 'evasion',
    stride: ['T'],
    references: { atlas: ['AML.T0031', 'AML.T0015'], owaspMl: ['ML08:2023'] },
    appliesTo: {
      elementKinds: ['monitoring', 'inference-service', 'feedback-loop'],
      flows: false,
      indicators: [{ on: 'monitoring', property: 'driftDetection', equals: 'no' }],
    },
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-049', 'TL-M-050', 'TL-M-006'],
  },
  {
    id: 'TL-AI-025',
    title: 'Model inversion',
    description:
      'By querying the model and studying its confidence, an attacker reconstructs representative training inputs, for example a recognisable face for a name. Models trained on small or personal datasets that return rich scores are most exposed.',
    category: 'privacy',
    stride: ['I'],
    references: {
      atlas: ['AML.T0024.001'],
      owaspLlm: ['LLM02:2025', 'LLM02:2026'],
      owaspMl: ['ML03:2023'],
      nist: ['NISTAML.032'],
    },
    appliesTo: {
      elementKinds: ['inference-service', 'training-job'],
      flows: false,
      indicators: [
        { on: 'inference-service', property: 'returnsConfidenceScores', equals: 'yes' },
        { on: 'training-job', property: 'differentialPrivacy', equals: 'no' },
      ],
    },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-021', 'TL-M-024', 'TL-M-022', 'TL-M-026'],
  },
  {
    id: 'TL-AI-026',
    title: 'Membership inference',
    description:
      'An attacker tests whether a specific person’s record was in the training set by comparing the model’s behaviour on that record with its behaviour on unseen data. Membership alone can be sensitive, such as being in a dataset of patients.',
    category: 'privacy',
    stride: ['I'],
    references: {
      atlas: ['AML.T0024.000'],
      owaspLlm: ['LLM02:2025', 'LLM02:2026'],
      owaspMl: ['ML04:2023'],
      nist: ['NISTAML.033'],
    },
    appliesTo: {
      elementKinds: ['inference-service', 'training-job', 'llm-application'],
      flows: false,
      indicators: [
        { on: 'training-job', property: 'differentialPrivacy', equals: 'no' },
        { on: 'inference-service', property: 'returnsConfidenceScores', equals: 'yes' },
      ],
    },
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-024', 'TL-M-021', 'TL-M-026', 'TL-M-027'],
  },
  {
    id: 'TL-AI-027',
    title: 'Attribute inference',
    description:
      'Knowing part of someone’s record, an attacker uses the model to infer a hidden sensitive attribute such as health status or income. A related attack learns aggregate properties of the training data that its owner meant to keep private.',
    category: 'privacy',
    stride: ['I'],
    references: { atlas: ['AML.T0024'], owaspLlm: ['LLM02:2025', 'LLM02:2026'], owaspMl: ['ML03:2023'], nist: ['NISTAML.034'] },
    appliesTo: { elementKinds: ['inference-service', 'training-job'], flows: false },
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-024', 'TL-M-021', 'TL-M-026', 'TL-M-025'],
  },
  {
    id: 'TL-AI-028',
    title: 'Training-data memorisation and extraction',
    description:
      'Large models can repeat rare training sequences word for word, including personal data, secrets and licensed text. Attackers prompt for such sequences deliberately, and ordinary users may receive them by accident.',
    category: 'privacy',
    stride: ['I'],
    references: {
      atlas: ['AML.T0057', 'AML.T0024'],
      owaspLlm: ['LLM02:2025', 'LLM02:2026'],
      nist: ['NISTAML.037', 'NISTAML.038'],
    },
    appliesTo: {
      elementKinds: ['training-job', 'llm-application', 'inference-service'],
      flows: false,
      indicators: [{ on: 'training-job', property: 'differentialPrivacy', equals: 'no' }],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-025', 'TL-M-024', 'TL-M-026', 'TL-M-033'],
  },
  {
    id: 'TL-AI-029',
    title: 'Confidential data sent to an external model provider',
    description:
      'Prompts to a hosted model carry whatever the application puts in them, often customer data and internal documents. If the provider retains prompts or may train on them, that data leaves your control and may surface elsewhere.',
    category: 'privacy',
    stride: ['I'],
    references: { owaspLlm: ['LLM02:2025', 'LLM02:2026'], nist: ['NISTAML.036'] },
    appliesTo: {
      elementKinds: ['external-llm-api', 'llm-application'],
      flows: true,
      indicators: [
        { on: 'external-llm-api', property: 'providerRetainsPrompts', equals: 'yes' },
        { on: 'external-llm-api', property: 'providerTrainsOnPrompts', equals: 'yes' },
        { on: 'flow', property: 'classification', equals: 'personal' },
      ],
    },
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-046', 'TL-M-053'],
  },
  {
    id: 'TL-AI-030',
    title: 'Personal data accumulating in inference logs',
    description:
      'Prompt, feature and prediction logs kept for debugging and monitoring collect personal data from every request. They are often widely readable and kept indefinitely, which makes them an attractive target and a compliance problem.',
    category: 'privacy',
    stride: ['I'],
    references: { owaspLlm: ['LLM02:2025', 'LLM02:2026'], nist: ['NISTAML.036'] },
    appliesTo: {
      elementKinds: ['monitoring', 'inference-service', 'llm-application'],
      flows: false,
      indicators: [
        { on: 'monitoring', property: 'personalData', equals: 'yes' },
        { on: 'inference-service', property: 'promptLogging', equals: 'yes' },
        { on: 'llm-application', property: 'promptLogging', equals: 'yes' },
      ],
    },
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-053', 'TL-M-003'],
  },
  {
    id: 'TL-AI-031',
    title: 'Model extraction through the inference API',
    description:
      'An attacker sends many chosen queries and trains a copy of the model on the answers, obtaining much of its capability for a fraction of the original cost. The copy also becomes a free testbed for crafting further attacks.',
    category: 'model-theft',
    stride: ['I'],
    references: {
      atlas: ['AML.T0024.002', 'AML.T0005.001', 'AML.T0048.004'],
      owaspLlm: ['LLM10:2025', 'LLM06:2026'],
      owaspMl: ['ML05:2023'],
      nist: ['NISTAML.031'],
    },
    appliesTo: {
      elementKinds: ['inference-service', 'llm-application'],
      flows: false,
      indicators: [
        { on: 'inference-service', property: 'rateLimiting', equals: 'no' },
        { on: 'inference-service', property: 'returnsConfidenceScores', equals: 'yes' },
        { on: 'inference-service', property: 'authentication', equals: 'no' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-022', 'TL-M-021', 'TL-M-027', 'TL-M-028', 'TL-M-023'],
  },
  {
    id: 'TL-AI-032',
    title: 'Theft of model weights from storage',
    description:
      'Weights sitting in buckets, registries, images or build caches can be copied by anyone with read access or a stolen credential. Taking the files directly skips any API limits and hands over the full model.',
    category: 'model-theft',
    stride: ['I'],
    references: { atlas: ['AML.T0025', 'AML.T0035', 'AML.T0007', 'AML.T0048.004'], owaspMl: ['ML05:2023'] },
    appliesTo: {
      elementKinds: ['model-registry', 'artifact-build', 'deployment', 'experiment-tracking'],
      flows: false,
      indicators: [{ on: 'model-registry', property: 'accessControl', equals: 'no' }],
    },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-003', 'TL-M-029', 'TL-M-030', 'TL-M-028'],
  },
  {
    id: 'TL-AI-033',
    title: 'Exposed experiment-tracking server',
    description:
      'Experiment trackers store runs, parameters, datasets and model files and are frequently deployed without authentication. Anyone who reaches one can download artefacts or replace them with a malicious file that a colleague will later load.',
    category: 'model-theft',
    stride: ['I', 'T'],
    references: { atlas: ['AML.T0007', 'AML.T0035', 'AML.T0049'], owaspMl: ['ML05:2023'] },
    appliesTo: {
      elementKinds: ['experiment-tracking'],
      flows: false,
      indicators: [
        { on: 'experiment-tracking', property: 'exposure', equals: 'internet' },
        { on: 'experiment-tracking', property: 'authentication', equals: 'no' },
        { on: 'experiment-tracking', property: 'storesArtifacts', equals: 'yes' },
      ],
    },
    likelihood: 3,
    impact: 4,
    mitigations: ['TL-M-063', 'TL-M-023', 'TL-M-029', 'TL-M-011'],
  },
  {
    id: 'TL-AI-034',
    title: 'Reconnaissance of the model and its outputs',
    description:
      'Probing an endpoint reveals which model family, labels and output formats it uses, which lets an attacker pick a matching proxy model and tailor later attacks. Verbose error messages and public documentation speed this up.',
    category: 'model-theft',
    stride: ['I'],
    references: { atlas: ['AML.T0013', 'AML.T0014', 'AML.T0063'] },
    appliesTo: { elementKinds: ['inference-service', 'llm-application'], flows: false },
    likelihood: 3,
    impact: 2,
    mitigations: ['TL-M-021', 'TL-M-027', 'TL-M-030'],
  },
];

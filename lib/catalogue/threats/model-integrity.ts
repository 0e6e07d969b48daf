import type { CatalogueThreat } from '../schema';

export const modelIntegrityThreats: CatalogueThreat[] = [
  {
    id: 'TL-AI-015',
    title: 'Malicious adapter or architecture change',
    description:
      'Small add-ons such as LoRA adapters, custom layers or modified configuration files change what a model computes without touching most of its weights. They are easy to distribute, easy to overlook in review and can add trigger behaviour or remote-code hooks.',
    category: 'model-integrity',
    stride: ['T'],
    references: { atlas: ['AML.T0018.001', 'AML.T0010.003'], owaspLlm: ['LLM03:2025', 'LLM04:2026'], owaspMl: ['ML10:2023'] },
    appliesTo: { elementKinds: ['pretrained-model', 'model-registry', 'inference-service'], flows: false },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-010', 'TL-M-009', 'TL-M-008'],
  },
  {
    id: 'TL-AI-016',
    title: 'Backdoored (trojaned) model',
    description:
      'The model behaves normally on ordinary inputs but produces an attacker-chosen output whenever a secret trigger appears, such as a patch, phrase or token. The backdoor can be planted through poisoned training data or by editing weights, and ordinary accuracy tests do not reveal it.',
    category: 'model-integrity',
    stride: ['T'],
    references: {
      atlas: ['AML.T0018.000', 'AML.T0043.004', 'AML.T0020'],
      owaspLlm: ['LLM04:2025', 'LLM05:2026'],
      owaspMl: ['ML10:2023'],
      nist: ['NISTAML.023', 'NISTAML.021', 'NISTAML.026'],
    },
    appliesTo: { elementKinds: ['training-job', 'model-registry', 'pretrained-model', 'inference-service'], flows: false },
    likelihood: 2,
    impact: 5,
    mitigations: ['TL-M-008', 'TL-M-020', 'TL-M-010', 'TL-M-002'],
  },
  {
    id: 'TL-AI-017',
    title: 'Model tampering in the registry',
    description:
      'Someone with write access to the registry, or a leaked pipeline credential, overwrites a model version or promotes a different one to production. Serving picks up the change on its next pull, and without signatures nobody can tell the model is not the one that was evaluated.',
    category: 'model-integrity',
    stride: ['T', 'E'],
    references: {
      atlas: ['AML.T0018', 'AML.T0018.000', 'AML.T0010.003'],
      owaspLlm: ['LLM03:2025', 'LLM04:2026'],
      owaspMl: ['ML10:2023'],
      nist: ['NISTAML.026'],
    },
    appliesTo: {
      elementKinds: ['model-registry', 'ci-cd', 'deployment'],
      flows: false,
      indicators: [
        { on: 'model-registry', property: 'signing', equals: 'no' },
        { on: 'model-registry', property: 'immutableVersions', equals: 'no' },
        { on: 'model-registry', property: 'accessControl', equals: 'no' },
      ],
    },
    likelihood: 2,
    impact: 5,
    mitigations: ['TL-M-010', 'TL-M-015', 'TL-M-016', 'TL-M-050'],
  },
  {
    id: 'TL-AI-018',
    title: 'Tampered pipeline step in the orchestrator',
    description:
      'An attacker who can edit pipeline definitions or step images in the orchestrator inserts a step that alters data, swaps the model or copies artefacts out. Because the change runs with the pipeline’s identity, downstream stages accept its output as genuine.',
    category: 'model-integrity',
    stride: ['T', 'E'],
    references: { atlas: ['AML.T0012', 'AML.T0018'], owaspLlm: ['LLM03:2025', 'LLM04:2026'], k8s: ['MS-TA9005'] },
    appliesTo: {
      elementKinds: ['orchestrator', 'training-job', 'ci-cd'],
      flows: false,
      indicators: [
        { on: 'orchestrator', property: 'authentication', equals: 'no' },
        { on: 'orchestrator', property: 'stepIsolation', equals: 'no' },
      ],
    },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-016', 'TL-M-063', 'TL-M-056'],
  },
  {
    id: 'TL-AI-019',
    title: 'Evaluation or benchmark manipulation',
    description:
      'If test data leaks into training or can be edited, a weak or backdoored model passes the release gate with flattering scores. The same happens when evaluation is optional and a failing result does not block promotion.',
    category: 'model-integrity',
    stride: ['T', 'R'],
    references: { atlas: ['AML.T0059'] },
    appliesTo: {
      elementKinds: ['evaluation'],
      flows: false,
      indicators: [
        { on: 'evaluation', property: 'heldOutData', equals: 'no' },
        { on: 'evaluation', property: 'gatesRelease', equals: 'no' },
      ],
    },
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-020', 'TL-M-003', 'TL-M-004'],
  },
  {
    id: 'TL-AI-020',
    title: 'Output integrity attack',
    description:
      'Predictions are altered after the model produces them, on the network, in a cache or in the service that relays them, so consumers act on results the model never gave. The model looks healthy while decisions are wrong.',
    category: 'model-integrity',
    stride: ['T'],
    references: { owaspMl: ['ML09:2023'] },
    appliesTo: {
      elementKinds: ['inference-service', 'deployment'],
      flows: true,
      indicators: [{ on: 'flow', property: 'integrityProtected', equals: 'no' }],
    },
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-073', 'TL-M-072', 'TL-M-044'],
  },
];

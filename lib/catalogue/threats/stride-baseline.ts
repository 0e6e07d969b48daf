import { allKinds, systemKinds } from '../kind-groups';
import type { CatalogueThreat } from '../schema';

// Generic STRIDE threats so that every element and flow gets a starting point, whatever its kind.
// Following STRIDE-per-element, people (external interactors) get only spoofing and repudiation.
const forElements = (kinds: readonly (typeof allKinds)[number][]) => ({ elementKinds: [...kinds], flows: false });
const forFlows = (indicators: CatalogueThreat['appliesTo']['indicators'] = []) => ({
  elementKinds: [],
  flows: true,
  ...(indicators.length > 0 ? { indicators } : {}),
});

export const strideBaselineThreats: CatalogueThreat[] = [
  {
    id: 'TL-STRIDE-S',
    title: 'Spoofing the identity of a component or person',
    description:
      'Someone pretends to be a trusted user, service or pipeline stage, for example with a stolen credential or by answering on its address. Anything the impostor sends or requests is then trusted as if it came from the real party.',
    category: 'stride-baseline',
    stride: ['S'],
    references: {},
    appliesTo: forElements(allKinds),
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-072', 'TL-M-069'],
  },
  {
    id: 'TL-STRIDE-T',
    title: 'Tampering with a component, its data or configuration',
    description:
      'An attacker changes code, configuration or stored data of the element so that it behaves differently or hands on corrupted results. Changes that are not detected propagate to every stage that relies on the element.',
    category: 'stride-baseline',
    stride: ['T'],
    references: {},
    appliesTo: forElements(systemKinds),
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-073', 'TL-M-077'],
  },
  {
    id: 'TL-STRIDE-R',
    title: 'Actions that cannot be attributed',
    description:
      'A user or service performs an action through this element and later denies it, and no trustworthy record shows otherwise. Missing or editable logs also make it hard to reconstruct an incident.',
    category: 'stride-baseline',
    stride: ['R'],
    references: {},
    appliesTo: forElements(allKinds),
    likelihood: 3,
    impact: 2,
    mitigations: ['TL-M-074'],
  },
  {
    id: 'TL-STRIDE-I',
    title: 'Disclosure of information held by a component',
    description:
      'Data the element stores or processes is read by someone who should not see it, through weak access control, a misconfiguration or a verbose error. For ML stages this includes datasets, features, prompts and model files.',
    category: 'stride-baseline',
    stride: ['I'],
    references: {},
    appliesTo: forElements(systemKinds),
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-077', 'TL-M-029'],
  },
  {
    id: 'TL-STRIDE-D',
    title: 'Denial of service against a component',
    description:
      'The element is overloaded, crashed or starved of resources so it stops serving its purpose. Downstream stages stall with it, for example training waiting on data or users waiting on predictions.',
    category: 'stride-baseline',
    stride: ['D'],
    references: {},
    appliesTo: forElements(systemKinds),
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-076', 'TL-M-062', 'TL-M-022'],
  },
  {
    id: 'TL-STRIDE-E',
    title: 'Elevation of privilege through a component',
    description:
      'A caller gets the element to do something beyond their rights, such as running code, reading other tenants’ data or acting with the element’s own broader permissions. Missing server-side authorisation checks are the usual cause.',
    category: 'stride-baseline',
    stride: ['E'],
    references: {},
    appliesTo: forElements(systemKinds),
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-077', 'TL-M-054'],
  },
  {
    id: 'TL-STRIDE-S-FLOW',
    title: 'Spoofed sender on a data flow',
    description:
      'The receiving end of the flow accepts data without verifying who sent it, so an attacker who can reach the endpoint injects records or requests under a trusted name. In ML pipelines this is a direct route to poisoned data or forged predictions.',
    category: 'stride-baseline',
    stride: ['S'],
    references: {},
    appliesTo: forFlows([{ on: 'flow', property: 'authenticated', equals: 'no' }]),
    likelihood: 3,
    impact: 3,
    mitigations: ['TL-M-072'],
  },
  {
    id: 'TL-STRIDE-T-FLOW',
    title: 'Data modified in transit',
    description:
      'Data on the flow is altered between sender and receiver, by someone on the network path, in a queue or in an intermediate bucket. Without integrity protection the receiver cannot tell the difference.',
    category: 'stride-baseline',
    stride: ['T'],
    references: {},
    appliesTo: forFlows([{ on: 'flow', property: 'integrityProtected', equals: 'no' }]),
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-073'],
  },
  {
    id: 'TL-STRIDE-R-FLOW',
    title: 'Transfers that leave no record',
    description:
      'Neither end records what was sent, when and by whom, so a disputed or malicious transfer cannot be proven afterwards. This matters most for flows that deliver training data, models or commands.',
    category: 'stride-baseline',
    stride: ['R'],
    references: {},
    appliesTo: forFlows(),
    likelihood: 2,
    impact: 2,
    mitigations: ['TL-M-074'],
  },
  {
    id: 'TL-STRIDE-I-FLOW',
    title: 'Eavesdropping on a data flow',
    description:
      'Someone who can observe the network path reads the data on the flow, including credentials, personal data or model files. Traffic inside a cluster or between clouds is no exception.',
    category: 'stride-baseline',
    stride: ['I'],
    references: {},
    appliesTo: forFlows([
      { on: 'flow', property: 'encryption', equals: 'none' },
      { on: 'flow', property: 'classification', equals: 'personal' },
    ]),
    likelihood: 2,
    impact: 3,
    mitigations: ['TL-M-075'],
  },
  {
    id: 'TL-STRIDE-D-FLOW',
    title: 'Flow interrupted or flooded',
    description:
      'The connection is cut, throttled or flooded so that data stops arriving or arrives too late. Pipelines that assume the flow is always available may fail silently or train on incomplete data.',
    category: 'stride-baseline',
    stride: ['D'],
    references: {},
    appliesTo: forFlows(),
    likelihood: 2,
    impact: 2,
    mitigations: ['TL-M-076'],
  },
  {
    id: 'TL-STRIDE-E-FLOW',
    title: 'Privilege gained across a flow',
    description:
      'Content sent over the flow is interpreted by a more privileged receiver as a command, for example a crafted payload or an instruction hidden in data. The sender thereby acts with rights it was never granted, typically where the flow crosses a trust boundary.',
    category: 'stride-baseline',
    stride: ['E'],
    references: {},
    appliesTo: forFlows(),
    likelihood: 2,
    impact: 4,
    mitigations: ['TL-M-077', 'TL-M-055'],
  },
];

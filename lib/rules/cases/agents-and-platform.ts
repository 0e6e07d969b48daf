import { g } from '../test-graph';
import type { RuleCase } from './types';

const agentGraph = (agent: Record<string, unknown>, tool: Record<string, unknown> = {}) =>
  g()
    .el('agent', 'agent', agent, null, 'Ops agent')
    .el('tool', 'tool', { access: 'read-write', ...tool }, null, 'Ticket writer')
    .chain(['agent', 'tool'])
    .build();

export const agentCases: RuleCase[] = [
  {
    rule: 'R-AGENT-EXCESSIVE-AGENCY',
    name: 'agent with a write tool, no approval, no sandbox, no step limit',
    graph: (safe) =>
      safe
        ? agentGraph({ humanApproval: 'always', sandboxed: 'yes', stepLimit: 'yes' })
        : agentGraph({ humanApproval: 'never', sandboxed: 'no', stepLimit: 'no' }, { humanApproval: 'never' }),
    expect: [
      { threatId: 'TL-AI-049', target: 'agent', mentions: ['agent “Ops agent”', 'tool “Ticket writer” (access: read and write)', 'human approval: never'] },
      { threatId: 'TL-AI-054', target: 'agent', mentions: ['sandboxed execution: no'] },
      { threatId: 'TL-AI-061', target: 'agent', mentions: ['step / spend limit: no'] },
      { threatId: 'TL-AI-051', target: 'tool', mentions: ['tool “Ticket writer”', 'human approval: never', 'agent “Ops agent”'] },
    ],
  },
  {
    rule: 'R-AGENT-THIRD-PARTY-TOOL',
    name: 'agent calls a third-party MCP server',
    graph: (safe) => agentGraph({}, { thirdParty: safe ? 'no' : 'yes', access: 'read-only' }),
    expect: [{ threatId: 'TL-AI-053', target: 'tool', mentions: ['third-party tool: yes', 'agent “Ops agent”'] }],
  },
  {
    rule: 'R-AGENT-MEMORY-POISONING',
    name: 'agent with persistent memory that reads web results',
    graph: (safe) =>
      g()
        .boundary('web', 'internet', {}, null, 'Web')
        .el('pages', 'data-source', {}, 'web', 'Pages')
        .el('agent', 'agent', { persistentMemory: safe ? 'no' : 'yes' }, null, 'Assistant')
        .el('mem', 'data-store', {}, null, 'Notes')
        .chain(['pages', 'agent'])
        .flow('mem', 'agent')
        .build(),
    expect: [{ threatId: 'TL-AI-052', target: 'agent', mentions: ['persistent memory: yes', 'data source “Pages”'] }],
  },
  {
    rule: 'R-RAG-VECTOR-STORE-ACCESS',
    name: 'shared vector store with personal data and no isolation or encryption',
    graph: (safe) => {
      const v = safe ? 'yes' : 'no';
      return g()
        .el('vs', 'vector-store', { personalData: 'yes', accessControl: v, tenantIsolation: v, encryptionAtRest: v }, null, 'Customer index')
        .el('app', 'llm-application', {}, null, 'Bot')
        .chain(['vs', 'app'])
        .build();
    },
    expect: [
      { threatId: 'TL-AI-046', target: 'vs', mentions: ['vector store “Customer index”', 'tenant isolation: no', 'LLM app “Bot”'] },
      { threatId: 'TL-AI-047', target: 'vs', mentions: ['encrypted at rest: no'] },
    ],
  },
];

/** Two zones and one flow between them. */
const crossing = (flow: Record<string, unknown>, sameZone = false) =>
  g()
    .boundary('a', 'on-premises', {}, null, 'Office')
    .boundary('b', 'cloud-account', {}, null, 'Cloud')
    .el('src', 'data-source', {}, 'a', 'CRM export')
    .el('dst', 'data-ingestion', {}, sameZone ? 'a' : 'b', 'Loader')
    .flow('src', 'dst', flow, 'Nightly dump')
    .build();

export const flowCases: RuleCase[] = [
  {
    rule: 'R-FLOW-CROSSING-UNENCRYPTED',
    name: 'plain-text personal data between office and cloud',
    graph: (safe) => crossing({ classification: 'personal', encryption: safe ? 'tls' : 'none', integrityProtected: 'no' }),
    expect: [
      { threatId: 'TL-STRIDE-I-FLOW', target: 'src>dst', mentions: ['flow “Nightly dump”', 'from “Office” to “Cloud”', 'encryption: none', 'personal data'] },
      { threatId: 'TL-STRIDE-T-FLOW', target: 'src>dst', mentions: ['integrity protected: no'] },
    ],
  },
  {
    rule: 'R-FLOW-CROSSING-UNAUTHENTICATED',
    name: 'unauthenticated crossing (safe: same boundary)',
    graph: (safe) => crossing({ authenticated: 'no' }, safe),
    expect: [{ threatId: 'TL-STRIDE-S-FLOW', target: 'src>dst', mentions: ['data source “CRM export”', 'authenticated: no'] }],
  },
  {
    rule: 'R-FLOW-SENSITIVE-TO-THIRD-PARTY',
    name: 'confidential data sent to a vendor',
    graph: (safe) =>
      g()
        .boundary('v', 'third-party', { dataProcessingAgreement: 'no' }, null, 'Label Co')
        .el('lake', 'data-store', {}, null, 'Lake')
        .el('lab', 'labelling', {}, 'v', 'Vendor labelling')
        .flow('lake', 'lab', { classification: safe ? 'internal' : 'confidential' })
        .build(),
    expect: [{ threatId: 'TL-STRIDE-I', target: 'lab', mentions: ['third-party boundary “Label Co”', 'data processing agreement: no', 'confidential data from data store “Lake”'] }],
  },
];

const pod = (props: Record<string, unknown>, ns: Record<string, unknown> = {}) =>
  g()
    .boundary('ns', 'namespace', ns, null, 'serving')
    .el('dep', 'deployment', props, 'ns', 'Model pods')
    .el('svc', 'inference-service', {}, 'ns', 'Model server')
    .chain(['dep', 'svc'])
    .build();

export const platformCases: RuleCase[] = [
  {
    rule: 'R-K8S-POD-HARDENING',
    name: 'privileged root pod',
    graph: (safe) => pod(safe ? { privileged: 'no', runAsNonRoot: 'yes' } : { privileged: 'yes', runAsNonRoot: 'no' }),
    expect: [{ threatId: 'TL-K8S-001', target: 'dep', mentions: ['deployment “Model pods”', 'privileged: yes', 'runAsNonRoot: no'] }],
  },
  {
    rule: 'R-K8S-POD-HARDENING',
    name: 'ML workloads in a privileged namespace',
    graph: (safe) => pod({}, { podSecurityLevel: safe ? 'restricted' : 'privileged' }),
    expect: [
      { threatId: 'TL-K8S-001', target: 'dep', mentions: ['namespace “serving”', 'privileged'] },
      { threatId: 'TL-K8S-001', target: 'svc', mentions: ['inference service “Model server”', 'namespace “serving”'] },
    ],
  },
  {
    rule: 'R-K8S-NETWORK-POLICY',
    name: 'model pods without NetworkPolicy; training with open egress',
    graph: (safe) => {
      const graph = pod({ networkPolicy: safe ? 'yes' : 'no' });
      graph.elements.train = { id: 'train', kind: 'training-job', name: 'Trainer', description: '', boundaryId: null, x: 0, y: 0, properties: { egressRestricted: safe ? 'yes' : 'no' } };
      return graph;
    },
    expect: [
      { threatId: 'TL-K8S-002', target: 'dep', mentions: ['NetworkPolicy: no', 'running inference service “Model server”'] },
      { threatId: 'TL-K8S-002', target: 'train', mentions: ['network egress restricted: no'] },
    ],
  },
  {
    rule: 'R-K8S-SERVICE-ACCOUNT-TOKEN',
    name: 'service-account token automounted',
    graph: (safe) => pod({ automountServiceAccountToken: safe ? 'no' : 'yes' }),
    expect: [{ threatId: 'TL-K8S-003', target: 'dep', mentions: ['service-account token automounted: yes'] }],
  },
  {
    rule: 'R-K8S-SECRETS',
    name: 'secrets as env vars; secrets store without rotation',
    graph: (safe) => {
      const graph = pod({ secretsAsEnvVars: safe ? 'no' : 'yes' });
      graph.elements.vault = { id: 'vault', kind: 'secrets-store', name: 'Vault', description: '', boundaryId: null, x: 0, y: 0, properties: { rotation: safe ? 'yes' : 'no', scopedAccess: 'yes' } };
      graph.flows['vault>dep'] = { id: 'vault>dep', sourceId: 'vault', targetId: 'dep', label: '', properties: { classification: 'restricted' } };
      return graph;
    },
    expect: [
      { threatId: 'TL-K8S-004', target: 'dep', mentions: ['secrets as env vars: yes'] },
      { threatId: 'TL-K8S-004', target: 'vault', mentions: ['secrets store “Vault”', 'rotation: no', 'deployment “Model pods”'] },
    ],
  },
  {
    rule: 'R-K8S-RESOURCE-LIMITS',
    name: 'GPU serving pods without limits',
    graph: (safe) => pod({ resourceLimits: safe ? 'yes' : 'no' }),
    expect: [
      { threatId: 'TL-K8S-016', target: 'dep', mentions: ['resource limits: no'] },
      { threatId: 'TL-K8S-011', target: 'dep', mentions: ['inference service “Model server”'] },
    ],
  },
  {
    rule: 'R-K8S-SHARED-GPU',
    name: 'pods on a shared GPU node',
    graph: (safe) => pod({ sharedGpuNode: safe ? 'no' : 'yes' }),
    expect: [{ threatId: 'TL-K8S-005', target: 'dep', mentions: ['shared GPU node: yes', '“Model server”'] }],
  },
  {
    rule: 'R-OPS-OPERATOR-WITHOUT-MFA',
    name: 'operator without MFA pushes to the registry',
    graph: (safe) =>
      g()
        .el('op', 'human-actor', { role: 'operator', mfa: safe ? 'yes' : 'no' }, null, 'ML engineer')
        .el('reg', 'model-registry', {}, null, 'Registry')
        .chain(['op', 'reg'])
        .build(),
    expect: [{ threatId: 'TL-K8S-019', target: 'op', mentions: ['person “ML engineer”', 'multi-factor authentication: no', 'model registry “Registry”'] }],
  },
  {
    rule: 'R-OPS-EXPOSED-ML-TOOLING',
    name: 'MLflow on the internet without auth; open registry',
    graph: (safe) =>
      g()
        .el('mlflow', 'experiment-tracking', { exposure: safe ? 'internal' : 'internet', authentication: safe ? 'yes' : 'no', storesArtifacts: 'yes' }, null, 'MLflow')
        .el('reg', 'model-registry', { accessControl: safe ? 'yes' : 'no' }, null, 'Registry')
        .build(),
    expect: [
      { threatId: 'TL-K8S-009', target: 'mlflow', mentions: ['experiment tracking “MLflow”', 'exposure: internet', 'authentication: no'] },
      { threatId: 'TL-AI-033', target: 'mlflow', mentions: ['stores artefacts: yes'] },
      { threatId: 'TL-AI-032', target: 'mlflow', mentions: ['authentication: no'] },
      { threatId: 'TL-AI-032', target: 'reg', mentions: ['access restricted: no'] },
    ],
  },
];

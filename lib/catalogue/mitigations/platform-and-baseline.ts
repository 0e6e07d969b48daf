import { allKinds, systemKinds } from '../kind-groups';
import type { CatalogueMitigation } from '../schema';

export const platformMitigations: CatalogueMitigation[] = [
  {
    id: 'TL-M-054',
    title: 'Enforce the restricted Pod Security Standard',
    description:
      'Label ML namespaces to enforce the restricted Pod Security Standard so that pods run as non-root, drop capabilities, use a read-only root filesystem where possible and cannot be privileged or mount host paths. Grant narrow, reviewed exceptions for GPU drivers instead of relaxing the whole namespace.',
    controlType: 'preventive',
    references: { k8s: ['PSS-restricted', 'MS-M9017', 'MS-M9013'] },
    appliesTo: { elementKinds: ['deployment', 'inference-service', 'training-job', 'orchestrator', 'agent', 'tool'], flows: false },
  },
  {
    id: 'TL-M-055',
    title: 'Apply default-deny NetworkPolicies',
    description:
      'Start every namespace with a policy that denies all ingress and egress, then allow only the connections the diagram shows, such as inference to feature store. A compromised pod can then reach only its declared neighbours.',
    controlType: 'preventive',
    references: { k8s: ['NP-default-deny', 'MS-M9014'] },
    appliesTo: {
      elementKinds: ['deployment', 'inference-service', 'feature-store', 'vector-store', 'data-store', 'orchestrator', 'training-job'],
      flows: true,
    },
  },
  {
    id: 'TL-M-056',
    title: 'Disable token automount and scope RBAC',
    description:
      'Turn off service-account token automounting for pods that never call the Kubernetes API, and give those that do a dedicated account with only the verbs and resources they need. Avoid cluster-wide roles for pipeline operators and notebooks.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9025', 'MS-M9003'] },
    appliesTo: { elementKinds: ['deployment', 'orchestrator', 'ci-cd', 'training-job'], flows: false },
  },
  {
    id: 'TL-M-057',
    title: 'Use workload identity and block instance metadata',
    description:
      'Give pods short-lived cloud credentials through workload identity instead of static keys, scoped to the buckets and services each one needs. Block pod access to the node’s instance metadata endpoint so node credentials cannot be borrowed.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9019', 'MS-M9018'] },
    appliesTo: { elementKinds: ['deployment', 'training-job', 'ci-cd', 'data-store'], flows: false },
  },
  {
    id: 'TL-M-058',
    title: 'Deliver secrets as files from a managed store',
    description:
      'Fetch credentials from a managed secret store and mount them as files with tight permissions, or request them at runtime, rather than placing them in environment variables, images or ConfigMaps. Files do not leak through process listings, crash dumps or debug endpoints as easily.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9022', 'MS-M9026'] },
    appliesTo: { elementKinds: ['deployment', 'secrets-store', 'orchestrator', 'training-job', 'ci-cd', 'agent', 'tool'], flows: false },
  },
  {
    id: 'TL-M-059',
    title: 'Admit only signed images and models',
    description:
      'Use an admission controller that verifies image signatures and provenance, and model signatures where models are pulled at start-up, before a pod is created. Unsigned or unknown artefacts are rejected at the cluster boundary.',
    controlType: 'preventive',
    references: { atlas: ['AML.M0013'], k8s: ['MS-M9005.003'], supplyChain: ['SLSA-BUILD-L2', 'OMS-V1'] },
    appliesTo: { elementKinds: ['deployment', 'artifact-build', 'ci-cd', 'inference-service'], flows: false },
  },
  {
    id: 'TL-M-060',
    title: 'Scan images and keep them minimal',
    description:
      'Scan serving and training images for vulnerable packages in CI and in the registry, and build from small base images without shells or debugging tools. Fewer components mean fewer exploitable flaws and less for an intruder to use.',
    controlType: 'detective',
    references: { atlas: ['AML.M0016'], k8s: ['MS-M9005.001', 'MS-M9005.002', 'MS-M9012'] },
    appliesTo: { elementKinds: ['artifact-build', 'ci-cd', 'deployment'], flows: false },
  },
  {
    id: 'TL-M-061',
    title: 'Isolate GPUs between tenants',
    description:
      'Schedule workloads of different trust levels onto separate GPU nodes, or use hardware partitioning that isolates memory, rather than time-slicing one GPU among tenants. Make sure device memory is cleared between jobs.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: ['deployment', 'inference-service', 'training-job'], flows: false },
  },
  {
    id: 'TL-M-062',
    title: 'Set resource requests, limits and quotas',
    description:
      'Declare CPU, memory and GPU requests and limits for every container and enforce namespace quotas. One runaway or hijacked workload then cannot starve others or run up an unbounded bill.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9029'] },
    appliesTo: { elementKinds: ['deployment', 'inference-service', 'training-job', 'orchestrator'], flows: false },
  },
  {
    id: 'TL-M-063',
    title: 'Keep ML consoles private and authenticated',
    description:
      'Put pipeline dashboards, notebooks, experiment trackers and model registries behind single sign-on and a private network, never a public load balancer. Turn off unauthenticated APIs that these tools enable by default.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9009', 'MS-M9008', 'MS-M9015'] },
    appliesTo: { elementKinds: ['orchestrator', 'experiment-tracking', 'training-job', 'model-registry'], flows: false },
  },
  {
    id: 'TL-M-064',
    title: 'Ship cluster and pipeline logs off-cluster',
    description:
      'Forward Kubernetes audit logs, container logs and pipeline events to storage the workloads cannot modify, and keep them long enough to investigate. An intruder who deletes local logs or events then cannot erase the record.',
    controlType: 'detective',
    references: { k8s: ['MS-M9020'] },
    appliesTo: { elementKinds: ['monitoring', 'deployment', 'orchestrator', 'ci-cd'], flows: false },
  },
  {
    id: 'TL-M-065',
    title: 'Harden the CI/CD pipeline',
    description:
      'Protect release branches, require review for pipeline changes, pin third-party actions by digest and use short-lived federated credentials for deployments. The build system is then hard to turn into a delivery channel for malicious models or images.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9004'] },
    appliesTo: { elementKinds: ['ci-cd', 'artifact-build'], flows: false },
  },
  {
    id: 'TL-M-066',
    title: 'Restrict exec and confine container runtimes',
    description:
      'Deny exec and attach into production serving pods except through an audited break-glass role, and apply seccomp and AppArmor or SELinux profiles. Attackers lose the easy interactive foothold and many escape techniques.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9010', 'MS-M9011'] },
    appliesTo: { elementKinds: ['deployment', 'inference-service'], flows: false },
  },
  {
    id: 'TL-M-067',
    title: 'Rotate secrets and remove unused ones',
    description:
      'Rotate API keys, tokens and signing keys on a schedule and immediately after a suspected leak, and delete secrets no workload uses. A leaked value then has a short useful life.',
    controlType: 'corrective',
    references: { k8s: ['MS-M9023'] },
    appliesTo: { elementKinds: ['secrets-store', 'ci-cd', 'external-llm-api', 'tool', 'agent'], flows: false },
  },
  {
    id: 'TL-M-068',
    title: 'Detect anomalous runtime behaviour',
    description:
      'Run runtime detection on nodes that flags unexpected processes, shells, outbound connections and crypto-mining patterns in ML containers. GPU utilisation that matches no scheduled job deserves the same alert.',
    controlType: 'detective',
    references: {},
    appliesTo: { elementKinds: ['deployment', 'inference-service', 'training-job'], flows: false },
  },
  {
    id: 'TL-M-069',
    title: 'Require MFA and short-lived access for operators',
    description:
      'Make engineers and data scientists sign in with multi-factor authentication and grant cluster and pipeline access just in time, for a limited period. Stolen kubeconfigs and passwords then expire or do not work alone.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9001', 'MS-M9006'] },
    appliesTo: { elementKinds: ['human-actor', 'ci-cd', 'orchestrator', 'secrets-store'], flows: false },
  },
  {
    id: 'TL-M-070',
    title: 'Back up data and models',
    description:
      'Keep versioned, access-separated backups of datasets, vector indexes and model versions and test restoring them. Destruction or ransom of an ML store becomes an outage rather than a loss.',
    controlType: 'corrective',
    references: { k8s: ['MS-M9031'] },
    appliesTo: { elementKinds: ['data-store', 'model-registry', 'vector-store', 'feature-store'], flows: false },
  },
  {
    id: 'TL-M-071',
    title: 'Restrict network egress of jobs and tools',
    description:
      'Allow training, evaluation, ingestion and tool workloads to reach only the hosts they need, through an egress proxy with an allowlist. Exfiltration and callbacks from malicious code then have nowhere to go.',
    controlType: 'preventive',
    references: { k8s: ['NP-default-deny'] },
    appliesTo: { elementKinds: ['training-job', 'agent', 'tool', 'data-ingestion', 'evaluation'], flows: true },
  },
];

export const baselineMitigations: CatalogueMitigation[] = [
  {
    id: 'TL-M-072',
    title: 'Authenticate both ends of every connection',
    description:
      'Require callers and services to prove who they are, for example with mutual TLS between services and single sign-on for people. A receiver should know the sender before it trusts the data.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9009'] },
    appliesTo: { elementKinds: [...allKinds], flows: true },
  },
  {
    id: 'TL-M-073',
    title: 'Protect integrity in transit and at rest',
    description:
      'Use TLS for data in motion and checksums or signatures for stored files, and verify them before use. Unnoticed modification of data, code or configuration becomes detectable.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: [...systemKinds], flows: true },
  },
  {
    id: 'TL-M-074',
    title: 'Keep tamper-evident audit logs',
    description:
      'Log security-relevant actions with who, what and when, and store the records where the actor cannot alter them. Such logs settle disputes about who did what and support investigations.',
    controlType: 'detective',
    references: { atlas: ['AML.M0024'], k8s: ['MS-M9020'] },
    appliesTo: { elementKinds: [...allKinds], flows: true },
  },
  {
    id: 'TL-M-075',
    title: 'Encrypt data in transit',
    description:
      'Encrypt every connection that carries non-public data, including traffic inside the cluster and to storage, with current TLS settings. Someone who can observe the network then learns nothing useful.',
    controlType: 'preventive',
    references: {},
    appliesTo: { elementKinds: [...systemKinds], flows: true },
  },
  {
    id: 'TL-M-076',
    title: 'Build in redundancy and graceful degradation',
    description:
      'Run critical components with spare capacity across failure domains, queue or shed excess load, and define a fallback when a model or provider is unavailable. Recovery time objectives should be written down and tested.',
    controlType: 'corrective',
    references: {},
    appliesTo: { elementKinds: [...systemKinds], flows: true },
  },
  {
    id: 'TL-M-077',
    title: 'Check authorisation on every request',
    description:
      'Decide on the server, for each request, whether the authenticated identity may perform this operation on this object, and grant roles with the least privilege that works. Never rely on the client or on hidden endpoints.',
    controlType: 'preventive',
    references: { k8s: ['MS-M9003'] },
    appliesTo: { elementKinds: [...systemKinds], flows: true },
  },
];

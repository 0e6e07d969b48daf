import { text, yesNo } from '../fields';
import { defineKind, filtering, modelFacts, serviceExposure } from './shared';

const pinnedDependencies = yesNo('Pinned dependencies', 'Libraries, actions and base images are pinned by version or digest.');

export const deliveryKinds = {
  'artifact-build': defineKind('artifact-build', {
    label: 'Artifact build (image / model package)',
    shortLabel: 'Artifact build',
    category: 'delivery',
    description: 'Packages a model and its runtime into a deployable artefact such as a container image.',
    icon: 'Package',
    props: {
      ...modelFacts,
      baseImage: text('Base image', 'Image reference, ideally pinned by digest.'),
      artifactSigned: yesNo('Artefact signed', 'The built image or package is signed, e.g. with cosign.'),
      sbom: yesNo('SBOM generated'),
      pinnedDependencies,
    },
  }),
  orchestrator: defineKind('orchestrator', {
    label: 'Pipeline orchestrator',
    shortLabel: 'Orchestrator',
    category: 'delivery',
    description: 'Schedules and runs the steps of data and training pipelines, such as Kubeflow or Airflow.',
    icon: 'Workflow',
    props: {
      ...serviceExposure,
      stepIsolation: yesNo('Step isolation', 'Each step runs in its own container with its own least-privilege identity.'),
      pinnedDependencies,
    },
  }),
  'ci-cd': defineKind('ci-cd', {
    label: 'CI/CD',
    category: 'delivery',
    description: 'Builds, tests and releases code, pipelines and models into the target environments.',
    icon: 'GitBranch',
    props: {
      branchProtection: yesNo('Branch protection', 'Changes to release branches need review.'),
      shortLivedCredentials: yesNo('Short-lived credentials', 'Deploys use workload identity (OIDC) instead of stored keys.'),
      pinnedDependencies,
      signsArtifacts: yesNo('Signs artefacts'),
    },
  }),
  deployment: defineKind('deployment', {
    label: 'Kubernetes workload',
    shortLabel: 'Deployment',
    category: 'runtime',
    description: 'A Kubernetes Deployment, StatefulSet or Job and the security settings of its pods.',
    icon: 'Container',
    props: {
      namespace: text('Namespace'),
      privileged: yesNo('Privileged', 'Any container runs privileged or with added capabilities.'),
      runAsNonRoot: yesNo('runAsNonRoot'),
      readOnlyRootFilesystem: yesNo('Read-only root filesystem'),
      networkPolicy: yesNo('NetworkPolicy', 'A NetworkPolicy restricts ingress and egress of these pods.'),
      automountServiceAccountToken: yesNo('Service-account token automounted', 'Pods get a Kubernetes API token they may not need.'),
      imageSigned: yesNo('Image signature verified', 'Admission control only admits signed images.'),
      resourceLimits: yesNo('Resource limits', 'CPU, memory and GPU limits are set.'),
      secretsAsEnvVars: yesNo('Secrets as env vars', 'Secrets are injected as environment variables rather than files.'),
      sharedGpuNode: yesNo('Shared GPU node', 'GPUs or nodes are shared with other workloads or tenants.'),
    },
  }),
  'inference-service': defineKind('inference-service', {
    label: 'Inference service (model server)',
    shortLabel: 'Inference service',
    category: 'runtime',
    description: 'Serves predictions or generations from a model over an API, such as KServe, Triton or vLLM.',
    icon: 'Server',
    props: {
      ...serviceExposure,
      rateLimiting: filtering.rateLimiting,
      returnsConfidenceScores: yesNo('Returns confidence scores', 'Scores or logits in responses make extraction and inversion easier.'),
      inputFiltering: filtering.inputFiltering,
      outputFiltering: filtering.outputFiltering,
      promptLogging: filtering.promptLogging,
      format: modelFacts.format,
    },
  }),
};

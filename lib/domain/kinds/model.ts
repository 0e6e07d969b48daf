import { yesNo } from '../fields';
import { defineKind, modelFacts, serviceExposure } from './shared';

const pinnedDependencies = yesNo('Pinned dependencies', 'Libraries and base images are pinned by version or digest.');

export const modelKinds = {
  'pretrained-model': defineKind('pretrained-model', {
    label: 'Pretrained model (third party)',
    shortLabel: 'Pretrained model',
    category: 'model',
    description: 'Foundation or pretrained weights obtained from a model hub or vendor and used as a starting point.',
    icon: 'Brain',
    props: {
      ...modelFacts,
      scanned: yesNo('Scanned before use', 'Weights were scanned for embedded code and known-bad files.'),
    },
  }),
  'training-job': defineKind('training-job', {
    label: 'Training / fine-tuning job',
    shortLabel: 'Training job',
    category: 'training',
    description: 'Compute that trains a model from data or adapts pretrained weights by fine-tuning.',
    icon: 'Dumbbell',
    props: {
      usesPretrainedWeights: yesNo('Uses pretrained weights', 'Starts from third-party weights rather than from scratch.'),
      differentialPrivacy: yesNo('Differential privacy', 'Training limits how much any single record can influence the model.'),
      pinnedDependencies,
      datasetVersioned: yesNo('Training data versioned', 'The exact dataset snapshot of each run is recorded.'),
      egressRestricted: yesNo('Network egress restricted', 'The job cannot reach arbitrary internet hosts.'),
    },
  }),
  evaluation: defineKind('evaluation', {
    label: 'Evaluation / red-teaming',
    shortLabel: 'Evaluation',
    category: 'training',
    description: 'Measures model quality, robustness and safety, including adversarial testing, before release.',
    icon: 'FlaskConical',
    props: {
      redTeaming: yesNo('Adversarial testing', 'Includes red-teaming, jailbreak or evasion tests.'),
      fairnessTesting: yesNo('Fairness testing'),
      heldOutData: yesNo('Held-out test data', 'Test data is kept apart from training data and access-controlled.'),
      gatesRelease: yesNo('Gates release', 'A failing evaluation blocks promotion of the model.'),
    },
  }),
  'experiment-tracking': defineKind('experiment-tracking', {
    label: 'Experiment tracking',
    category: 'training',
    description: 'Records runs, parameters, metrics and artefacts so experiments can be compared and reproduced.',
    icon: 'ChartLine',
    props: {
      ...serviceExposure,
      storesArtifacts: yesNo('Stores artefacts', 'Model files and datasets are uploaded alongside metrics.'),
    },
  }),
  'model-registry': defineKind('model-registry', {
    label: 'Model registry',
    category: 'model',
    description: 'Versioned catalogue of trained models and their metadata from which deployments are promoted.',
    icon: 'Library',
    props: {
      ...modelFacts,
      signing: yesNo('Signing', 'Model versions are signed and signatures are verified on pull.'),
      scanOnUpload: yesNo('Scan on upload', 'Uploaded artefacts are scanned for malicious code.'),
      immutableVersions: yesNo('Immutable versions', 'A published version cannot be overwritten.'),
      accessControl: yesNo('Access restricted', 'Only the pipeline and named roles can publish or promote.'),
    },
  }),
};

import type { TemplateDef } from './types';
import { el, flow, layoutGraph, zone } from './layout';

const https = { protocol: 'HTTPS', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const inCluster = { protocol: 'gRPC', encryption: 'mtls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const s3 = { protocol: 'S3 (HTTPS)', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;

function build() {
  const pipelines = zone('ns-ml-pipelines', 'namespace', 'ml-pipelines', { podSecurityLevel: 'baseline', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-ingest', 'data-ingestion', 'Ingestion job', 'Spark job that cleans events and the partner catalogue into the lake.', {
        technology: 'Spark on Kubernetes', validation: 'yes', provenanceTracked: 'yes', personalData: 'yes', piiRedaction: 'no', pinnedDependencies: 'yes',
      }),
      el('el-labelling', 'labelling', 'Relevance labelling', 'Merchandisers judge sampled recommendations for relevance.', {
        technology: 'Label Studio', workforce: 'internal', personalData: 'no', qualityReview: 'yes', provenanceTracked: 'yes',
      }),
    ],
    [
      el('el-orchestrator', 'orchestrator', 'Kubeflow Pipelines', 'Runs the nightly ingest, feature and training pipeline.', {
        owner: 'ML platform', technology: 'Kubeflow Pipelines 2', exposure: 'internal', authentication: 'yes', stepIsolation: 'yes', pinnedDependencies: 'yes',
      }),
      el('el-features', 'feature-store', 'Feature store', 'User and item features for training and online serving.', {
        technology: 'Feast + Redis', personalData: 'yes', validation: 'yes', accessControl: 'yes', onlineServing: 'yes',
      }),
    ],
    [
      el('el-train', 'training-job', 'Ranking model training', 'Trains a gradient-boosted ranking model on the latest features.', {
        technology: 'XGBoost', usesPretrainedWeights: 'no', differentialPrivacy: 'no', pinnedDependencies: 'yes', datasetVersioned: 'yes', egressRestricted: 'yes',
      }),
      el('el-tracking', 'experiment-tracking', 'Experiment tracking', 'Run metrics, parameters and model artefacts.', {
        technology: 'MLflow Tracking', exposure: 'internal', authentication: 'yes', storesArtifacts: 'yes',
      }),
    ],
    [
      el('el-eval', 'evaluation', 'Offline evaluation', 'Compares the candidate with the production model on a held-out week.', {
        technology: 'Evidently', redTeaming: 'no', fairnessTesting: 'yes', heldOutData: 'yes', gatesRelease: 'yes',
      }),
      el('el-registry', 'model-registry', 'Model registry', 'Approved model versions promoted to production.', {
        technology: 'MLflow Model Registry', modelName: 'reco-ranker', format: 'onnx',
        provenance: 'Trained by the ml-pipelines Kubeflow run recorded in MLflow; run id stored with each version.',
        signing: 'yes', scanOnUpload: 'yes', immutableVersions: 'yes', accessControl: 'yes',
      }),
    ],
  ]);

  const serving = zone('ns-serving', 'namespace', 'reco-serving', { podSecurityLevel: 'restricted', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-deploy', 'deployment', 'reco-ranker Deployment', 'Pods running the model server, three replicas.', {
        namespace: 'reco-serving', privileged: 'no', runAsNonRoot: 'yes', readOnlyRootFilesystem: 'yes', networkPolicy: 'yes',
        automountServiceAccountToken: 'no', imageSigned: 'yes', resourceLimits: 'yes', secretsAsEnvVars: 'no', sharedGpuNode: 'no',
      }),
      el('el-serve', 'inference-service', 'Recommendation API', 'KServe endpoint ranking items for a signed-in shopper.', {
        technology: 'KServe + ONNX Runtime', exposure: 'internet', authentication: 'yes', rateLimiting: 'yes', returnsConfidenceScores: 'no',
        inputFiltering: 'yes', outputFiltering: 'no', promptLogging: 'yes', format: 'onnx',
      }),
    ],
    [
      el('el-monitor', 'monitoring', 'Model monitoring', 'Latency, error rates and feature drift dashboards with alerts.', {
        technology: 'Prometheus + Evidently', driftDetection: 'yes', abuseDetection: 'yes', alerting: 'yes', personalData: 'no',
      }),
      el('el-feedback', 'feedback-loop', 'Click feedback', 'Clicks and purchases on recommendations become next-day labels.', {
        feedsTraining: 'yes', validation: 'yes', personalData: 'yes',
      }),
    ],
  ]);

  return layoutGraph(
    [
      [
        zone('b-internet', 'internet', 'Internet', {}, [[el('el-user', 'human-actor', 'Shopper', 'Signed-in customer using the web shop.', { role: 'end-user', authenticated: 'yes', mfa: 'no' })]]),
        zone('b-partner', 'third-party', 'Catalogue partner', { vendor: 'Supplier network', dataProcessingAgreement: 'yes' }, [
          [el('el-partner-feed', 'data-source', 'Partner catalogue feed', 'Daily product catalogue from suppliers.', {
            datasetName: 'supplier-catalogue', origin: 'partner', licence: 'Partner agreement', personalData: 'no', validation: 'yes', provenanceTracked: 'yes',
          })],
        ]),
        zone('b-office', 'on-premises', 'Head office', { site: 'Head office', physicalAccessControlled: 'yes' }, [
          [el('el-data-scientist', 'human-actor', 'Data scientist', 'Develops features and reviews experiments.', { role: 'data-scientist', authenticated: 'yes', mfa: 'yes' })],
        ]),
      ],
      [
        zone('b-aws', 'cloud-account', 'AWS production account', { provider: 'aws', accountId: '123456789012', region: 'eu-west-1' }, [
          [
            el('el-events', 'data-source', 'Clickstream events', 'Page views, clicks and purchases from the shop.', {
              datasetName: 'shop-events', origin: 'user-generated', personalData: 'yes', validation: 'yes', provenanceTracked: 'yes', technology: 'Kinesis',
            }),
            el('el-lake', 'data-store', 'Data lake', 'S3 buckets holding raw and curated datasets.', {
              technology: 'Amazon S3', datasetName: 'reco-lake', origin: 'internal', personalData: 'yes', provenanceTracked: 'yes',
              accessControl: 'yes', encryptionAtRest: 'yes', versioned: 'yes', publicAccess: 'no',
            }),
            el('el-secrets', 'secrets-store', 'Secrets Manager', 'Credentials for the lake and feature store.', {
              technology: 'AWS Secrets Manager', rotation: 'yes', accessAudited: 'yes', scopedAccess: 'yes',
            }),
          ],
          [
            zone('b-vpc', 'network', 'Production VPC', { cidr: '10.20.0.0/16', egressRestricted: 'yes' }, [
              [zone('b-cluster', 'kubernetes-cluster', 'ml-prod cluster', { clusterName: 'ml-prod', kubernetesVersion: '1.31', distribution: 'EKS', admissionPolicy: 'yes' }, [[pipelines], [serving]])],
            ]),
          ],
        ]),
      ],
      [
        zone('b-github', 'third-party', 'GitHub', { vendor: 'GitHub', dataProcessingAgreement: 'yes' }, [
          [
            el('el-cicd', 'ci-cd', 'Release pipeline', 'Tests code and promotes models to the cluster.', {
              technology: 'GitHub Actions', branchProtection: 'yes', shortLivedCredentials: 'yes', pinnedDependencies: 'yes', signsArtifacts: 'yes',
            }),
            el('el-build', 'artifact-build', 'Model image build', 'Packages the ONNX model with its server into a signed image.', {
              technology: 'Docker Buildx + cosign', modelName: 'reco-ranker', format: 'onnx', provenance: 'Built from the registry version named in the release tag.',
              baseImage: 'python:3.12-slim pinned by digest', artifactSigned: 'yes', sbom: 'yes', pinnedDependencies: 'yes',
            }),
          ],
        ]),
      ],
    ],
    [
      flow('f-partner-ingest', 'el-partner-feed', 'el-ingest', 'Catalogue feed', { classification: 'confidential', protocol: 'SFTP', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-events-ingest', 'el-events', 'el-ingest', 'Clickstream', { classification: 'personal', protocol: 'Kinesis', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-ingest-lake', 'el-ingest', 'el-lake', 'Curated datasets', { classification: 'personal', ...s3 }),
      flow('f-lake-labelling', 'el-lake', 'el-labelling', 'Samples to judge', { classification: 'confidential', ...s3 }),
      flow('f-labelling-lake', 'el-labelling', 'el-lake', 'Relevance labels', { classification: 'internal', ...s3 }),
      flow('f-lake-features', 'el-lake', 'el-features', 'Feature materialisation', { classification: 'personal', ...s3 }),
      flow('f-orch-ingest', 'el-orchestrator', 'el-ingest', 'Schedules ingestion', { classification: 'internal', ...inCluster }),
      flow('f-orch-train', 'el-orchestrator', 'el-train', 'Launches training', { classification: 'internal', ...inCluster }),
      flow('f-features-train', 'el-features', 'el-train', 'Training features', { classification: 'personal', ...inCluster }),
      flow('f-secrets-train', 'el-secrets', 'el-train', 'Lake credentials', { classification: 'restricted', ...https }),
      flow('f-train-tracking', 'el-train', 'el-tracking', 'Metrics and artefacts', { classification: 'confidential', ...https }),
      flow('f-train-eval', 'el-train', 'el-eval', 'Candidate model', { classification: 'confidential', ...inCluster }),
      flow('f-eval-registry', 'el-eval', 'el-registry', 'Approved version', { classification: 'confidential', ...https }),
      flow('f-ds-tracking', 'el-data-scientist', 'el-tracking', 'Reviews experiments', { classification: 'confidential', ...https }),
      flow('f-ds-orch', 'el-data-scientist', 'el-orchestrator', 'Submits pipeline runs', { classification: 'internal', ...https }),
      flow('f-registry-build', 'el-registry', 'el-build', 'Model to package', { classification: 'confidential', ...https }),
      flow('f-cicd-build', 'el-cicd', 'el-build', 'Build trigger', { classification: 'internal', ...https }),
      flow('f-build-deploy', 'el-build', 'el-deploy', 'Signed image', { classification: 'confidential', protocol: 'OCI registry (HTTPS)', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-cicd-deploy', 'el-cicd', 'el-deploy', 'Kubernetes manifests', { classification: 'internal', ...https }),
      flow('f-deploy-serve', 'el-deploy', 'el-serve', 'Runs model server', { classification: 'internal', protocol: 'Kubernetes API', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-user-serve', 'el-user', 'el-serve', 'Recommendation request', { classification: 'personal', ...https }),
      flow('f-serve-user', 'el-serve', 'el-user', 'Ranked items', { classification: 'personal', ...https }),
      flow('f-features-serve', 'el-features', 'el-serve', 'Online features', { classification: 'personal', ...inCluster }),
      flow('f-serve-monitor', 'el-serve', 'el-monitor', 'Predictions and latency', { classification: 'internal', ...inCluster }),
      flow('f-serve-feedback', 'el-serve', 'el-feedback', 'Served recommendations', { classification: 'personal', ...inCluster }),
      flow('f-feedback-lake', 'el-feedback', 'el-lake', 'Outcome labels', { classification: 'personal', ...s3 }),
    ],
  );
}

export const supervisedMlKubernetes: TemplateDef = {
  id: 'supervised-ml-kubernetes',
  name: 'Supervised ML on Kubernetes',
  description: 'Recommendation model: event and partner data, Kubeflow pipelines, feature store, MLflow registry and a KServe endpoint on EKS.',
  build,
};

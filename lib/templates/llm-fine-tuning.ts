import type { TemplateDef } from './types';
import { el, flow, layoutGraph, zone } from './layout';

const https = { protocol: 'HTTPS', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const inCluster = { protocol: 'gRPC', encryption: 'mtls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const s3 = { protocol: 'S3 (HTTPS)', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const k8s = { protocol: 'Kubernetes API', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const pod = {
  privileged: 'no', runAsNonRoot: 'yes', readOnlyRootFilesystem: 'yes', networkPolicy: 'yes', automountServiceAccountToken: 'no',
  imageSigned: 'yes', resourceLimits: 'yes', secretsAsEnvVars: 'no',
} as const;

function build() {
  const training = zone('ns-training', 'namespace', 'llm-training', { podSecurityLevel: 'baseline', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-orchestrator', 'orchestrator', 'Training pipeline', 'Runs data preparation, fine-tuning and evaluation steps.', {
        technology: 'Kubeflow Pipelines 2', exposure: 'internal', authentication: 'yes', stepIsolation: 'yes', pinnedDependencies: 'yes',
      }),
      el('el-ingest', 'data-ingestion', 'Data preparation', 'Deduplicates, filters toxic content and redacts personal data.', {
        technology: 'Ray Data', validation: 'yes', provenanceTracked: 'yes', personalData: 'yes', piiRedaction: 'yes', pinnedDependencies: 'yes',
      }),
    ],
    [
      el('el-finetune', 'training-job', 'LoRA fine-tuning', 'Adapts the base model to support replies on 8 GPUs.', {
        technology: 'PyTorch + PEFT', usesPretrainedWeights: 'yes', differentialPrivacy: 'no', pinnedDependencies: 'yes', datasetVersioned: 'yes', egressRestricted: 'yes',
      }),
      el('el-tracking', 'experiment-tracking', 'Experiment tracking', 'Loss curves, hyper-parameters and checkpoints.', {
        technology: 'MLflow', exposure: 'internal', authentication: 'yes', storesArtifacts: 'yes',
      }),
    ],
    [
      el('el-eval', 'evaluation', 'Evaluation and red-teaming', 'Benchmarks, jailbreak and data-leakage probes; gates promotion.', {
        technology: 'lm-evaluation-harness + garak', redTeaming: 'yes', fairnessTesting: 'yes', heldOutData: 'yes', gatesRelease: 'yes',
      }),
    ],
  ]);

  const serving = zone('ns-serving', 'namespace', 'llm-serving', { podSecurityLevel: 'restricted', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-deploy', 'deployment', 'vLLM Deployment', 'GPU pods serving the fine-tuned model.', { namespace: 'llm-serving', ...pod, sharedGpuNode: 'no' }),
      el('el-serve', 'inference-service', 'Model server', 'OpenAI-compatible endpoint for internal applications.', {
        technology: 'vLLM', exposure: 'internal', authentication: 'yes', rateLimiting: 'yes', returnsConfidenceScores: 'no',
        inputFiltering: 'yes', outputFiltering: 'yes', promptLogging: 'yes', format: 'safetensors',
      }),
    ],
    [
      el('el-app', 'llm-application', 'Reply assistant', 'Drafts replies to support tickets for agents to edit.', {
        technology: 'FastAPI', exposure: 'internal', authentication: 'yes', systemPromptSecret: 'no', rag: 'no', usesTools: 'no',
        outputRenderedAsHtml: 'no', humanInTheLoop: 'yes', inputFiltering: 'yes', outputFiltering: 'yes', promptLogging: 'yes', rateLimiting: 'yes',
      }),
      el('el-monitor', 'monitoring', 'Serving monitoring', 'Token, latency and refusal-rate metrics with alerts.', {
        technology: 'Prometheus + Grafana', driftDetection: 'yes', abuseDetection: 'yes', alerting: 'yes', personalData: 'no',
      }),
      el('el-feedback', 'feedback-loop', 'Draft edits', 'Accepted and edited drafts collected as preference pairs.', {
        feedsTraining: 'no', validation: 'yes', personalData: 'yes',
      }),
    ],
  ]);

  const gpuCluster = (id: string, name: string, ns: ReturnType<typeof zone>) =>
    zone(id, 'kubernetes-cluster', name, { clusterName: name, kubernetesVersion: '1.31', distribution: 'EKS', admissionPolicy: 'yes' }, [[ns]]);

  return layoutGraph(
    [
      [
        zone('b-web', 'internet', 'Public web', {}, [
          [el('el-web-corpus', 'data-source', 'Public Q&A corpus', 'Permissively licensed technical Q&A crawled from the web.', {
            datasetName: 'stack-exchange-subset', origin: 'public-web', licence: 'CC BY-SA 4.0', personalData: 'yes', validation: 'yes', provenanceTracked: 'yes',
            sourceUrl: 'https://archive.org/details/stackexchange',
          })],
        ]),
        zone('b-hq', 'on-premises', 'Head office', { site: 'Head office', physicalAccessControlled: 'yes' }, [
          [
            el('el-tickets', 'data-source', 'Support ticket archive', 'Five years of resolved tickets and agent replies.', {
              datasetName: 'tickets-2020-2025', origin: 'internal', personalData: 'yes', validation: 'yes', provenanceTracked: 'yes', technology: 'Zendesk export',
            }),
            el('el-data-scientist', 'human-actor', 'ML engineer', 'Prepares data, launches runs and approves releases.', { role: 'data-scientist', authenticated: 'yes', mfa: 'yes' }),
          ],
        ]),
        zone('b-hf', 'third-party', 'Hugging Face Hub', { vendor: 'Hugging Face' }, [
          [el('el-base-model', 'pretrained-model', 'Mistral 7B base', 'Open-weights base model the adapters are trained on.', {
            modelName: 'mistralai/Mistral-7B-v0.3', modelVersion: 'v0.3', sourceUrl: 'https://huggingface.co/mistralai/Mistral-7B-v0.3',
            licence: 'Apache-2.0', hash: 'Pinned revision; safetensors SHA-256 recorded in the mirror manifest', format: 'safetensors', scanned: 'yes',
          })],
        ]),
        zone('b-annotators', 'third-party', 'Annotation vendor', { vendor: 'Annotation vendor', dataProcessingAgreement: 'yes', dataResidency: 'EU' }, [
          [el('el-labelling', 'labelling', 'Preference labelling', 'Annotators rank candidate replies for tone and accuracy.', {
            workforce: 'vendor', personalData: 'no', qualityReview: 'yes', provenanceTracked: 'yes',
          })],
        ]),
      ],
      [
        zone('b-aws', 'cloud-account', 'AWS ML account', { provider: 'aws', accountId: '210987654321', region: 'eu-central-1' }, [
          [
            el('el-lake', 'data-store', 'Training data bucket', 'Versioned, redacted datasets and labels.', {
              technology: 'Amazon S3', datasetName: 'support-sft', origin: 'internal', personalData: 'no', provenanceTracked: 'yes',
              accessControl: 'yes', encryptionAtRest: 'yes', versioned: 'yes', publicAccess: 'no',
            }),
            el('el-secrets', 'secrets-store', 'Secrets Manager', 'Hub token, bucket and signing credentials.', {
              technology: 'AWS Secrets Manager + KMS', rotation: 'yes', accessAudited: 'yes', scopedAccess: 'yes',
            }),
          ],
          [
            zone('b-vpc', 'network', 'ML VPC', { cidr: '10.40.0.0/16', egressRestricted: 'yes' }, [
              [gpuCluster('b-train-cluster', 'gpu-training', training)],
              [
                el('el-registry', 'model-registry', 'Model registry', 'Signed, immutable model versions with evaluation reports.', {
                  technology: 'MLflow Model Registry', modelName: 'support-reply-7b', modelVersion: '3', format: 'safetensors', licence: 'Apache-2.0',
                  provenance: 'LoRA on Mistral-7B-v0.3 from the gpu-training pipeline; run id and dataset version recorded.',
                  hash: 'Sigstore bundle per version', signing: 'yes', scanOnUpload: 'yes', immutableVersions: 'yes', accessControl: 'yes',
                }),
                el('el-build', 'artifact-build', 'Serving image build', 'Bakes merged weights into a vLLM image and signs it.', {
                  technology: 'BuildKit + cosign', modelName: 'support-reply-7b', format: 'safetensors', provenance: 'Registry version referenced by digest in the release.',
                  baseImage: 'vllm/vllm-openai pinned by digest', artifactSigned: 'yes', sbom: 'yes', pinnedDependencies: 'yes',
                }),
                el('el-cicd', 'ci-cd', 'Release pipeline', 'Promotes approved versions to serving.', {
                  technology: 'GitHub Actions (self-hosted runners)', branchProtection: 'yes', shortLivedCredentials: 'yes', pinnedDependencies: 'yes', signsArtifacts: 'yes',
                }),
              ],
              [gpuCluster('b-serve-cluster', 'gpu-serving', serving)],
            ]),
          ],
        ]),
      ],
      [
        zone('b-support', 'on-premises', 'Support centre', { site: 'Support centre', physicalAccessControlled: 'yes' }, [
          [el('el-agent-user', 'human-actor', 'Support agent', 'Answers customer tickets using suggested drafts.', { role: 'end-user', authenticated: 'yes', mfa: 'yes' })],
        ]),
      ],
    ],
    [
      flow('f-web-ingest', 'el-web-corpus', 'el-ingest', 'Crawled Q&A dump', { classification: 'public', protocol: 'HTTPS', encryption: 'tls', authenticated: 'no', integrityProtected: 'yes' }),
      flow('f-tickets-ingest', 'el-tickets', 'el-ingest', 'Ticket export', { classification: 'personal', ...https }),
      flow('f-orch-ingest', 'el-orchestrator', 'el-ingest', 'Runs preparation', { classification: 'internal', ...k8s }),
      flow('f-ingest-lake', 'el-ingest', 'el-lake', 'Redacted dataset', { classification: 'confidential', ...s3 }),
      flow('f-lake-labelling', 'el-lake', 'el-labelling', 'Replies to rank', { classification: 'confidential', ...https }),
      flow('f-labelling-lake', 'el-labelling', 'el-lake', 'Preference labels', { classification: 'confidential', ...https }),
      flow('f-ds-orch', 'el-data-scientist', 'el-orchestrator', 'Launches runs', { classification: 'internal', ...https }),
      flow('f-ds-tracking', 'el-data-scientist', 'el-tracking', 'Reviews runs', { classification: 'confidential', ...https }),
      flow('f-orch-finetune', 'el-orchestrator', 'el-finetune', 'Starts fine-tuning', { classification: 'internal', ...k8s }),
      flow('f-base-finetune', 'el-base-model', 'el-finetune', 'Base weights', { classification: 'public', ...https }),
      flow('f-lake-finetune', 'el-lake', 'el-finetune', 'Training data', { classification: 'confidential', ...s3 }),
      flow('f-secrets-finetune', 'el-secrets', 'el-finetune', 'Hub token and bucket credentials', { classification: 'restricted', ...https }),
      flow('f-finetune-tracking', 'el-finetune', 'el-tracking', 'Metrics and checkpoints', { classification: 'confidential', ...https }),
      flow('f-finetune-eval', 'el-finetune', 'el-eval', 'Candidate adapter', { classification: 'confidential', ...inCluster }),
      flow('f-eval-registry', 'el-eval', 'el-registry', 'Approved version', { classification: 'confidential', ...https }),
      flow('f-registry-build', 'el-registry', 'el-build', 'Signed model version', { classification: 'confidential', ...https }),
      flow('f-secrets-build', 'el-secrets', 'el-build', 'Signing key access', { classification: 'restricted', ...https }),
      flow('f-cicd-build', 'el-cicd', 'el-build', 'Release trigger', { classification: 'internal', ...https }),
      flow('f-build-deploy', 'el-build', 'el-deploy', 'Signed serving image', { classification: 'confidential', protocol: 'OCI registry (HTTPS)', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-cicd-deploy', 'el-cicd', 'el-deploy', 'Manifests', { classification: 'internal', ...k8s }),
      flow('f-deploy-serve', 'el-deploy', 'el-serve', 'Runs vLLM', { classification: 'internal', ...k8s }),
      flow('f-agent-app', 'el-agent-user', 'el-app', 'Ticket to answer', { classification: 'personal', ...https }),
      flow('f-app-agent', 'el-app', 'el-agent-user', 'Suggested reply', { classification: 'personal', ...https }),
      flow('f-app-serve', 'el-app', 'el-serve', 'Prompt', { classification: 'personal', ...inCluster }),
      flow('f-serve-app', 'el-serve', 'el-app', 'Draft reply', { classification: 'personal', ...inCluster }),
      flow('f-serve-monitor', 'el-serve', 'el-monitor', 'Serving metrics', { classification: 'internal', ...inCluster }),
      flow('f-app-feedback', 'el-app', 'el-feedback', 'Edited drafts', { classification: 'personal', ...inCluster }),
      flow('f-feedback-lake', 'el-feedback', 'el-lake', 'Preference pairs for review', { classification: 'personal', ...s3 }),
    ],
  );
}

export const llmFineTuning: TemplateDef = {
  id: 'llm-fine-tuning',
  name: 'LLM fine-tuning',
  description: 'Fine-tunes an open-weights model from a hub on public and internal data, with labelling, red-teaming, signing and GPU serving.',
  build,
};

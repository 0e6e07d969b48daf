import type { TemplateDef } from './types';
import { el, flow, layoutGraph, zone } from './layout';

const https = { protocol: 'HTTPS', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const inCluster = { protocol: 'HTTP (service mesh)', encryption: 'mtls', authenticated: 'yes', integrityProtected: 'yes' } as const;

function build() {
  const ingestNs = zone('ns-ingest', 'namespace', 'rag-ingest', { podSecurityLevel: 'restricted', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-scheduler', 'orchestrator', 'Sync scheduler', 'Triggers an incremental knowledge-base sync every hour.', {
        technology: 'Argo Workflows', exposure: 'internal', authentication: 'yes', stepIsolation: 'yes', pinnedDependencies: 'yes',
      }),
      el('el-eval', 'evaluation', 'RAG evaluation', 'Answer quality and prompt-injection test set run before each release.', {
        technology: 'Ragas + promptfoo', redTeaming: 'yes', fairnessTesting: 'no', heldOutData: 'yes', gatesRelease: 'yes',
      }),
    ],
    [
      el('el-ingest', 'data-ingestion', 'Document ingestion', 'Fetches pages, strips markup, chunks and embeds them.', {
        technology: 'LlamaIndex', validation: 'yes', provenanceTracked: 'yes', personalData: 'yes', piiRedaction: 'yes', pinnedDependencies: 'yes',
      }),
    ],
  ]);

  const ragNs = zone('ns-rag', 'namespace', 'rag-chat', { podSecurityLevel: 'restricted', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-chat-deploy', 'deployment', 'chat-app Deployment', 'Pods running the chat web application.', {
        namespace: 'rag-chat', privileged: 'no', runAsNonRoot: 'yes', readOnlyRootFilesystem: 'yes', networkPolicy: 'yes',
        automountServiceAccountToken: 'no', imageSigned: 'yes', resourceLimits: 'yes', secretsAsEnvVars: 'no', sharedGpuNode: 'no',
      }),
      el('el-chat', 'llm-application', 'Support chat', 'Answers customer questions from the knowledge base with citations.', {
        technology: 'Next.js + LangChain', exposure: 'internet', authentication: 'yes', systemPromptSecret: 'no', rag: 'yes', usesTools: 'no',
        outputRenderedAsHtml: 'yes', humanInTheLoop: 'no', inputFiltering: 'yes', outputFiltering: 'yes', promptLogging: 'yes', rateLimiting: 'yes',
      }),
    ],
    [
      el('el-embed', 'inference-service', 'Embedding server', 'Turns chunks and questions into vectors.', {
        technology: 'Text Embeddings Inference', exposure: 'internal', authentication: 'yes', rateLimiting: 'no', returnsConfidenceScores: 'no',
        inputFiltering: 'no', outputFiltering: 'no', promptLogging: 'no', format: 'safetensors',
      }),
      el('el-vector', 'vector-store', 'Vector store', 'Chunk embeddings with space and permission metadata.', {
        technology: 'Qdrant', personalData: 'yes', accessControl: 'yes', tenantIsolation: 'yes', encryptionAtRest: 'yes', validation: 'yes',
      }),
    ],
    [
      el('el-monitor', 'monitoring', 'LLM tracing', 'Prompt, retrieval and cost traces with abuse alerts.', {
        technology: 'Langfuse', driftDetection: 'no', abuseDetection: 'yes', alerting: 'yes', personalData: 'yes',
      }),
      el('el-feedback', 'feedback-loop', 'Answer ratings', 'Thumbs up/down and comments on answers, reviewed weekly.', {
        feedsTraining: 'no', validation: 'yes', personalData: 'yes',
      }),
    ],
  ]);

  return layoutGraph(
    [
      [
        zone('b-internet', 'internet', 'Internet', {}, [[el('el-user', 'human-actor', 'Customer', 'Signed-in customer asking for help.', { role: 'end-user', authenticated: 'yes', mfa: 'no' })]]),
        zone('b-atlassian', 'third-party', 'Atlassian Cloud', { vendor: 'Atlassian', dataProcessingAgreement: 'yes', dataResidency: 'EU' }, [
          [el('el-confluence', 'data-source', 'Help-centre knowledge base', 'Confluence space of help articles and internal runbooks.', {
            technology: 'Confluence', datasetName: 'help-centre', origin: 'internal', personalData: 'no', validation: 'yes', provenanceTracked: 'yes',
          })],
        ]),
        zone('b-office', 'on-premises', 'Support office', { site: 'Support office', physicalAccessControlled: 'yes' }, [
          [el('el-support-lead', 'human-actor', 'Support lead', 'Reviews low-rated answers and fixes articles.', { role: 'operator', authenticated: 'yes', mfa: 'yes' })],
        ]),
      ],
      [
        zone('b-gcp', 'cloud-account', 'GCP production project', { provider: 'gcp', accountId: 'support-rag-prod', region: 'europe-west4' }, [
          [
            el('el-docs', 'data-store', 'Document bucket', 'Raw copies of synced pages for re-indexing and audit.', {
              technology: 'Cloud Storage', datasetName: 'kb-snapshots', origin: 'internal', personalData: 'no', provenanceTracked: 'yes',
              accessControl: 'yes', encryptionAtRest: 'yes', versioned: 'yes', publicAccess: 'no',
            }),
            el('el-history', 'data-store', 'Conversation history', 'Chat transcripts kept 30 days for support follow-up.', {
              technology: 'Cloud SQL (PostgreSQL)', origin: 'user-generated', personalData: 'yes', accessControl: 'yes', encryptionAtRest: 'yes', publicAccess: 'no',
            }),
            el('el-secrets', 'secrets-store', 'Secret Manager', 'LLM API key and Confluence token.', {
              technology: 'GCP Secret Manager', rotation: 'yes', accessAudited: 'yes', scopedAccess: 'yes',
            }),
            el('el-cicd', 'ci-cd', 'Cloud Build', 'Builds, signs and rolls out the chat and ingestion images.', {
              technology: 'Cloud Build + Cloud Deploy', branchProtection: 'yes', shortLivedCredentials: 'yes', pinnedDependencies: 'yes', signsArtifacts: 'yes',
            }),
          ],
          [
            zone('b-gke', 'kubernetes-cluster', 'GKE cluster', { clusterName: 'support-prod', kubernetesVersion: '1.31', distribution: 'GKE Autopilot', admissionPolicy: 'yes' }, [
              [ingestNs, ragNs],
            ]),
          ],
        ]),
      ],
      [
        zone('b-openai', 'third-party', 'OpenAI', { vendor: 'OpenAI', dataProcessingAgreement: 'yes', dataResidency: 'EU' }, [
          [el('el-llm', 'external-llm-api', 'GPT-4o API', 'Generates answers from the question and retrieved passages.', {
            technology: 'OpenAI API', modelName: 'gpt-4o', providerRetainsPrompts: 'no', providerTrainsOnPrompts: 'no', scopedApiKey: 'yes', region: 'EU',
          })],
        ]),
        zone('b-hf', 'third-party', 'Hugging Face Hub', { vendor: 'Hugging Face' }, [
          [el('el-embed-model', 'pretrained-model', 'bge-small-en-v1.5', 'Open embedding model pulled once and mirrored.', {
            modelName: 'BAAI/bge-small-en-v1.5', modelVersion: '5c38ec7', sourceUrl: 'https://huggingface.co/BAAI/bge-small-en-v1.5',
            licence: 'MIT', hash: 'sha256 of model.safetensors pinned in the mirror', format: 'safetensors', scanned: 'yes',
          })],
        ]),
      ],
    ],
    [
      flow('f-user-chat', 'el-user', 'el-chat', 'Question', { classification: 'personal', ...https }),
      flow('f-chat-user', 'el-chat', 'el-user', 'Answer with citations', { classification: 'personal', ...https }),
      flow('f-scheduler-ingest', 'el-scheduler', 'el-ingest', 'Triggers sync', { classification: 'internal', ...inCluster }),
      flow('f-confluence-ingest', 'el-confluence', 'el-ingest', 'Pages and attachments', { classification: 'confidential', ...https }),
      flow('f-ingest-docs', 'el-ingest', 'el-docs', 'Raw snapshots', { classification: 'confidential', ...https }),
      flow('f-ingest-embed', 'el-ingest', 'el-embed', 'Chunks to embed', { classification: 'confidential', ...inCluster }),
      flow('f-ingest-vector', 'el-ingest', 'el-vector', 'Chunks and vectors', { classification: 'confidential', ...inCluster }),
      flow('f-model-embed', 'el-embed-model', 'el-embed', 'Model weights', { classification: 'public', ...https }),
      flow('f-chat-embed', 'el-chat', 'el-embed', 'Question to embed', { classification: 'personal', ...inCluster }),
      flow('f-chat-vector', 'el-chat', 'el-vector', 'Similarity search', { classification: 'personal', ...inCluster }),
      flow('f-vector-chat', 'el-vector', 'el-chat', 'Matching passages', { classification: 'confidential', ...inCluster }),
      flow('f-chat-llm', 'el-chat', 'el-llm', 'Prompt with context', { classification: 'personal', ...https }),
      flow('f-llm-chat', 'el-llm', 'el-chat', 'Completion', { classification: 'personal', ...https }),
      flow('f-chat-history', 'el-chat', 'el-history', 'Transcript', { classification: 'personal', protocol: 'PostgreSQL', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-chat-monitor', 'el-chat', 'el-monitor', 'Traces', { classification: 'personal', ...inCluster }),
      flow('f-chat-feedback', 'el-chat', 'el-feedback', 'Ratings', { classification: 'personal', ...inCluster }),
      flow('f-feedback-lead', 'el-feedback', 'el-support-lead', 'Low-rated answers', { classification: 'personal', ...https }),
      flow('f-lead-confluence', 'el-support-lead', 'el-confluence', 'Article fixes', { classification: 'internal', ...https }),
      flow('f-secrets-chat', 'el-secrets', 'el-chat', 'LLM API key', { classification: 'restricted', ...https }),
      flow('f-secrets-ingest', 'el-secrets', 'el-ingest', 'Confluence token', { classification: 'restricted', ...https }),
      flow('f-cicd-deploy', 'el-cicd', 'el-chat-deploy', 'Signed release', { classification: 'internal', ...https }),
      flow('f-deploy-chat', 'el-chat-deploy', 'el-chat', 'Runs the app', { classification: 'internal', protocol: 'Kubernetes API', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-eval-chat', 'el-eval', 'el-chat', 'Test and attack prompts', { classification: 'internal', ...inCluster }),
    ],
  );
}

export const ragChatbot: TemplateDef = {
  id: 'rag-chatbot',
  name: 'RAG support chatbot',
  description: 'Customer chat answering from a Confluence knowledge base: ingestion, embeddings, vector store, an external LLM API and a web app on GKE.',
  build,
};

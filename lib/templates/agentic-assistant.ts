import type { TemplateDef } from './types';
import { el, flow, layoutGraph, zone } from './layout';

const https = { protocol: 'HTTPS', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' } as const;
const inCluster = { protocol: 'HTTP (service mesh)', encryption: 'mtls', authenticated: 'yes', integrityProtected: 'yes' } as const;

function build() {
  const assistant = zone('ns-assistant', 'namespace', 'assistant', { podSecurityLevel: 'restricted', defaultDenyNetworkPolicy: 'yes' }, [
    [
      el('el-chat', 'llm-application', 'Assistant app', 'Chat and approval UI for account managers.', {
        technology: 'Next.js', exposure: 'internet', authentication: 'yes', systemPromptSecret: 'no', rag: 'yes', usesTools: 'yes',
        outputRenderedAsHtml: 'yes', humanInTheLoop: 'yes', inputFiltering: 'yes', outputFiltering: 'yes', promptLogging: 'yes', rateLimiting: 'yes',
      }),
      el('el-deploy', 'deployment', 'assistant Deployment', 'Pods for the app, agent runtime and tools.', {
        namespace: 'assistant', privileged: 'no', runAsNonRoot: 'yes', readOnlyRootFilesystem: 'yes', networkPolicy: 'yes',
        automountServiceAccountToken: 'no', imageSigned: 'yes', resourceLimits: 'yes', secretsAsEnvVars: 'no', sharedGpuNode: 'no',
      }),
      el('el-eval', 'evaluation', 'Agent red-team suite', 'Injection, tool-misuse and data-exfiltration scenarios run on every release.', {
        technology: 'promptfoo', redTeaming: 'yes', fairnessTesting: 'no', heldOutData: 'yes', gatesRelease: 'yes',
      }),
    ],
    [
      el('el-agent', 'agent', 'Account assistant agent', 'Plans steps and calls tools to research and update customer accounts.', {
        technology: 'LangGraph', toolPermissions: 'external-actions', humanApproval: 'sensitive', persistentMemory: 'yes', sandboxed: 'yes', stepLimit: 'yes',
      }),
      el('el-memory', 'vector-store', 'Agent memory', 'Per-user notes and past task summaries.', {
        technology: 'pgvector', personalData: 'yes', accessControl: 'yes', tenantIsolation: 'yes', encryptionAtRest: 'yes', validation: 'yes',
      }),
    ],
    [
      el('el-tool-search', 'tool', 'Web search', 'Searches the web and fetches pages as text.', {
        access: 'read-only', credentials: 'service', humanApproval: 'never', thirdParty: 'yes', inputValidation: 'yes',
      }),
      el('el-tool-crm', 'tool', 'CRM update', 'Reads and edits accounts, contacts and opportunities.', {
        access: 'read-write', credentials: 'user', humanApproval: 'sensitive', thirdParty: 'no', inputValidation: 'yes',
      }),
      el('el-tool-email', 'tool', 'Send email', 'Sends email from the user’s mailbox.', {
        access: 'external-actions', credentials: 'user', humanApproval: 'always', thirdParty: 'no', inputValidation: 'yes',
      }),
      el('el-tool-code', 'tool', 'Code interpreter', 'Runs Python for calculations in a gVisor sandbox without network.', {
        access: 'read-only', credentials: 'none', humanApproval: 'never', thirdParty: 'no', inputValidation: 'yes',
      }),
    ],
  ]);

  return layoutGraph(
    [
      [
        zone('b-internet', 'internet', 'Internet', {}, [
          [el('el-user', 'human-actor', 'Account manager', 'Asks the assistant to research and update accounts.', { role: 'end-user', authenticated: 'yes', mfa: 'yes' })],
        ]),
        zone('b-office', 'on-premises', 'Sales office', { site: 'Sales office', physicalAccessControlled: 'yes' }, [
          [el('el-approver', 'human-actor', 'Sales lead (approver)', 'Approves emails and bulk CRM changes proposed by the agent.', { role: 'operator', authenticated: 'yes', mfa: 'yes' })],
        ]),
      ],
      [
        zone('b-azure', 'cloud-account', 'Azure subscription', { provider: 'azure', accountId: 'sales-assistant-prod', region: 'westeurope' }, [
          [
            zone('b-vnet', 'network', 'Assistant VNet', { cidr: '10.60.0.0/16', egressRestricted: 'yes' }, [
              [zone('b-aks', 'kubernetes-cluster', 'AKS cluster', { clusterName: 'assistant-prod', kubernetesVersion: '1.31', distribution: 'AKS', admissionPolicy: 'yes' }, [[assistant]])],
            ]),
          ],
          [
            el('el-secrets', 'secrets-store', 'Key Vault', 'LLM API key and OAuth client secrets for tools.', {
              technology: 'Azure Key Vault', rotation: 'yes', accessAudited: 'yes', scopedAccess: 'yes',
            }),
            el('el-audit', 'data-store', 'Action audit log', 'Append-only record of every tool call and approval.', {
              technology: 'Azure Blob (immutable)', origin: 'internal', personalData: 'yes', accessControl: 'yes', encryptionAtRest: 'yes', versioned: 'yes', publicAccess: 'no',
            }),
            el('el-monitor', 'monitoring', 'Agent tracing', 'Step-by-step traces, cost and anomaly alerts.', {
              technology: 'Azure Monitor + OpenTelemetry', driftDetection: 'no', abuseDetection: 'yes', alerting: 'yes', personalData: 'yes',
            }),
          ],
        ]),
      ],
      [
        zone('b-llm', 'third-party', 'LLM provider', { vendor: 'Anthropic', dataProcessingAgreement: 'yes', dataResidency: 'EU' }, [
          [el('el-llm', 'external-llm-api', 'Claude API', 'Plans steps and writes tool calls.', {
            technology: 'Anthropic Messages API', modelName: 'claude-sonnet', providerRetainsPrompts: 'no', providerTrainsOnPrompts: 'no', scopedApiKey: 'yes', region: 'EU',
          })],
        ]),
        zone('b-saas', 'third-party', 'Business SaaS', { vendor: 'Salesforce, Microsoft 365', dataProcessingAgreement: 'yes' }, [
          [
            el('el-crm', 'data-store', 'CRM', 'Accounts, contacts and opportunities.', {
              technology: 'Salesforce', origin: 'internal', personalData: 'yes', accessControl: 'yes', encryptionAtRest: 'yes', publicAccess: 'no',
            }),
            el('el-mailbox', 'data-store', 'Mailboxes', 'User mailboxes the email tool sends from.', {
              technology: 'Exchange Online', origin: 'user-generated', personalData: 'yes', accessControl: 'yes', encryptionAtRest: 'yes', publicAccess: 'no',
            }),
          ],
        ]),
        zone('b-web', 'internet', 'Public web', {}, [
          [el('el-web', 'data-source', 'Web pages', 'Arbitrary pages returned by search; may carry injected instructions.', {
            origin: 'public-web', personalData: 'unknown', validation: 'no', provenanceTracked: 'no',
          })],
        ]),
      ],
    ],
    [
      flow('f-user-chat', 'el-user', 'el-chat', 'Request', { classification: 'personal', ...https }),
      flow('f-chat-user', 'el-chat', 'el-user', 'Answer and action results', { classification: 'personal', ...https }),
      flow('f-deploy-chat', 'el-deploy', 'el-chat', 'Runs the app', { classification: 'internal', protocol: 'Kubernetes API', encryption: 'tls', authenticated: 'yes', integrityProtected: 'yes' }),
      flow('f-eval-chat', 'el-eval', 'el-chat', 'Attack scenarios', { classification: 'internal', ...inCluster }),
      flow('f-chat-agent', 'el-chat', 'el-agent', 'Task', { classification: 'personal', ...inCluster }),
      flow('f-agent-chat', 'el-agent', 'el-chat', 'Result and pending approvals', { classification: 'personal', ...inCluster }),
      flow('f-agent-llm', 'el-agent', 'el-llm', 'Prompt with tool results', { classification: 'personal', ...https }),
      flow('f-llm-agent', 'el-llm', 'el-agent', 'Plan and tool calls', { classification: 'personal', ...https }),
      flow('f-agent-memory', 'el-agent', 'el-memory', 'Notes to remember', { classification: 'personal', ...inCluster }),
      flow('f-memory-agent', 'el-memory', 'el-agent', 'Recalled context', { classification: 'personal', ...inCluster }),
      flow('f-agent-search', 'el-agent', 'el-tool-search', 'Search query', { classification: 'internal', ...inCluster }),
      flow('f-web-search', 'el-web', 'el-tool-search', 'Page content (untrusted)', { classification: 'public', protocol: 'HTTPS', encryption: 'tls', authenticated: 'no', integrityProtected: 'no' }),
      flow('f-search-agent', 'el-tool-search', 'el-agent', 'Search results', { classification: 'public', ...inCluster }),
      flow('f-agent-crm', 'el-agent', 'el-tool-crm', 'CRM change', { classification: 'personal', ...inCluster }),
      flow('f-crm-tool', 'el-tool-crm', 'el-crm', 'CRM API call', { classification: 'personal', ...https }),
      flow('f-agent-email', 'el-agent', 'el-tool-email', 'Email draft', { classification: 'personal', ...inCluster }),
      flow('f-email-mailbox', 'el-tool-email', 'el-mailbox', 'Send mail', { classification: 'personal', ...https }),
      flow('f-agent-code', 'el-agent', 'el-tool-code', 'Code to run', { classification: 'internal', ...inCluster }),
      flow('f-code-agent', 'el-tool-code', 'el-agent', 'Output', { classification: 'internal', ...inCluster }),
      flow('f-chat-approver', 'el-chat', 'el-approver', 'Action awaiting approval', { classification: 'personal', ...https }),
      flow('f-approver-chat', 'el-approver', 'el-chat', 'Approve or reject', { classification: 'internal', ...https }),
      flow('f-secrets-agent', 'el-secrets', 'el-agent', 'LLM API key', { classification: 'restricted', ...https }),
      flow('f-secrets-crm', 'el-secrets', 'el-tool-crm', 'OAuth client secret', { classification: 'restricted', ...https }),
      flow('f-agent-audit', 'el-agent', 'el-audit', 'Tool calls and approvals', { classification: 'personal', ...https }),
      flow('f-agent-monitor', 'el-agent', 'el-monitor', 'Traces', { classification: 'personal', ...https }),
    ],
  );
}

export const agenticAssistant: TemplateDef = {
  id: 'agentic-assistant',
  name: 'Agentic assistant with tools',
  description: 'An LLM agent on AKS that searches the web, updates a CRM and sends email, with memory, sandboxed code and human approval.',
  build,
};

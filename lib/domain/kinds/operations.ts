import { select, yesNo } from '../fields';
import { dataFacts, defineKind } from './shared';

export const humanRoles = [
  { value: 'end-user', label: 'End user' },
  { value: 'data-scientist', label: 'Data scientist' },
  { value: 'operator', label: 'Operator' },
  { value: 'other', label: 'Other' },
] as const;

export const operationsKinds = {
  monitoring: defineKind('monitoring', {
    label: 'Monitoring',
    category: 'operations',
    description: 'Collects logs, metrics and traces and watches for drift, abuse and failures in production.',
    icon: 'Activity',
    props: {
      driftDetection: yesNo('Drift detection', 'Input and prediction distributions are compared with a baseline.'),
      abuseDetection: yesNo('Abuse detection', 'Unusual query patterns, extraction or jailbreak attempts raise alerts.'),
      alerting: yesNo('Alerting', 'Someone is paged or notified when thresholds are crossed.'),
      personalData: dataFacts.personalData,
    },
  }),
  'feedback-loop': defineKind('feedback-loop', {
    label: 'Feedback loop',
    category: 'operations',
    description: 'Captures outcomes, ratings or corrections from production and routes them back into data or training.',
    icon: 'RefreshCw',
    props: {
      feedsTraining: yesNo('Feeds training', 'Feedback becomes training data without a separate review.'),
      validation: yesNo('Validation', 'Feedback is filtered for spam, abuse and coordinated manipulation.'),
      personalData: dataFacts.personalData,
    },
  }),
  'secrets-store': defineKind('secrets-store', {
    label: 'Secrets store',
    category: 'operations',
    description: 'Holds credentials, API keys and signing keys and releases them to authorised workloads.',
    icon: 'KeyRound',
    props: {
      rotation: yesNo('Rotation', 'Secrets are rotated on a schedule and after incidents.'),
      accessAudited: yesNo('Access audited', 'Every read is logged.'),
      scopedAccess: yesNo('Scoped access', 'Each workload can read only its own secrets.'),
    },
  }),
  'human-actor': defineKind('human-actor', {
    label: 'Human actor',
    shortLabel: 'Person',
    category: 'actor',
    description: 'A person who uses or operates the system, such as an end user, data scientist or operator.',
    icon: 'User',
    props: {
      role: select('Role', humanRoles),
      authenticated: yesNo('Authenticated', 'Signs in before using the system.'),
      mfa: yesNo('Multi-factor authentication'),
    },
  }),
};

import { z } from 'zod';
import { defineProps, select, text, yesNo } from './fields';

export const classifications = ['public', 'internal', 'confidential', 'restricted', 'personal'] as const;
export type Classification = (typeof classifications)[number];

export const classificationOptions = [
  { value: 'public', label: 'Public' },
  { value: 'internal', label: 'Internal' },
  { value: 'confidential', label: 'Confidential' },
  { value: 'restricted', label: 'Restricted' },
  { value: 'personal', label: 'Personal data' },
] as const satisfies readonly { value: Classification; label: string }[];

export const encryptions = [
  { value: 'none', label: 'None' },
  { value: 'tls', label: 'TLS' },
  { value: 'mtls', label: 'Mutual TLS' },
] as const;

// Classification stays optional in the schema so a freshly drawn flow saves; validateGraph reports
// it as an error until set, because most rules weigh threats by what a flow carries.
const flowProps = defineProps({
  classification: select('Classification', classificationOptions, 'The most sensitive data this flow carries.'),
  protocol: text('Protocol', 'e.g. HTTPS, gRPC, S3, Kafka.', 100),
  encryption: select('Encryption in transit', encryptions),
  authenticated: yesNo('Authenticated', 'The receiver verifies who sent the data.'),
  integrityProtected: yesNo('Integrity protected', 'Tampering in transit or at rest would be detected (signature, checksum, TLS).'),
});

export const flowPropertiesSchema = flowProps.propertiesSchema;
export const flowFields = flowProps.fields;
export type FlowProperties = z.infer<typeof flowPropertiesSchema>;

export const FLOW_LABEL_MAX = 120;

/** A flow's label may be empty: the canvas then shows no text on the edge. */
export const flowLabelSchema = z
  .string({ message: 'Flow label must be text.' })
  .trim()
  .max(FLOW_LABEL_MAX, `Flow label must be at most ${FLOW_LABEL_MAX} characters.`)
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'Flow label cannot contain control characters.');

export function parseFlowProperties(value: unknown) {
  return flowPropertiesSchema.safeParse(value);
}

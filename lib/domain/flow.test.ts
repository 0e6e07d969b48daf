import { describe, expect, it } from 'vitest';
import { classifications, flowFields, flowLabelSchema, flowPropertiesSchema, parseFlowProperties } from './flow';
import { enumValues, sampleValues, schemaKeys } from './kinds/test-helpers';

describe('flow properties', () => {
  it('accepts {} because a new flow is unclassified until someone sets it', () => {
    expect(parseFlowProperties({}).data).toEqual({});
  });

  it('has a field for every schema key and vice versa', () => {
    expect(flowFields.map((f) => f.key).sort()).toEqual(schemaKeys(flowPropertiesSchema));
    expect(flowFields.map((f) => f.key)).toEqual(['classification', 'protocol', 'encryption', 'authenticated', 'integrityProtected']);
    expect(enumValues(flowPropertiesSchema, 'classification')).toEqual([...classifications]);
    expect(enumValues(flowPropertiesSchema, 'encryption')).toEqual(['none', 'tls', 'mtls']);
  });

  it('accepts a complete flow', () => {
    const full = { classification: 'personal', protocol: 'gRPC', encryption: 'mtls', authenticated: 'yes', integrityProtected: 'unknown' };
    expect(parseFlowProperties(full).data).toEqual(full);
    expect(parseFlowProperties(sampleValues(flowFields)).success).toBe(true);
  });

  it('rejects bad values with readable messages', () => {
    expect(parseFlowProperties({ classification: 'secret' }).error?.issues[0]?.message).toBe(
      'Classification must be one of: Public, Internal, Confidential, Restricted, Personal data.',
    );
    expect(parseFlowProperties({ encryption: 'ssl' }).error?.issues[0]?.message).toBe('Encryption in transit must be one of: None, TLS, Mutual TLS.');
    expect(parseFlowProperties({ authenticated: true }).error?.issues[0]?.message).toBe('Authenticated must be one of: Yes, No, Unknown.');
    expect(parseFlowProperties({ protocol: 'p'.repeat(101) }).error?.issues[0]?.message).toBe('Protocol must be at most 100 characters.');
  });
});

describe('flow label', () => {
  it('trims and allows an empty label', () => {
    expect(flowLabelSchema.parse('  training data ')).toBe('training data');
    expect(flowLabelSchema.parse('')).toBe('');
  });

  it('rejects long or multi-line labels', () => {
    expect(flowLabelSchema.safeParse('x'.repeat(121)).error?.issues[0]?.message).toBe('Flow label must be at most 120 characters.');
    expect(flowLabelSchema.safeParse('two\nlines').error?.issues[0]?.message).toBe('Flow label cannot contain control characters.');
    expect(flowLabelSchema.safeParse(3).error?.issues[0]?.message).toBe('Flow label must be text.');
  });
});

import { describe, expect, it } from 'vitest';
import type { MitigationItem } from '../types';
import { draftChanges, draftOf } from './draft';

const item = {
  title: 'Validate data', description: '', controlType: 'preventive', owner: null, dueDate: null, ticketUrl: null, evidence: 'Scan', evidenceLinks: ['https://a.example'],
} as unknown as MitigationItem;

describe('mitigation editor draft', () => {
  it('sends only changed fields in the action terms, with the values they were based on', () => {
    const base = draftOf(item);
    const draft = { ...base, title: '  Validate inputs ', ownerId: 'u1', ticketUrl: ' ', evidence: 'Scan  ', evidenceLinks: 'https://a.example\n\nhttps://b.example' };
    expect(draftChanges(base, draft)).toEqual({
      changes: { title: 'Validate inputs', ownerId: 'u1', evidenceLinks: ['https://a.example', 'https://b.example'] },
      base: { title: 'Validate data', ownerId: null, evidenceLinks: ['https://a.example'] },
    });
  });

  it('sees nothing to send when the form holds the starting values', () => {
    expect(draftChanges(draftOf(item), draftOf(item)).changes).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { downloadResponse, fileStem } from './download';

describe('downloads', () => {
  it('makes a safe file stem of any model name', () => {
    expect(fileStem('Fraud pipeline (prod) / v2')).toBe('Fraud-pipeline-prod-v2');
    expect(fileStem('中文模型')).toBe('model');
    expect(fileStem('"; rm -rf /"')).toBe('rm--rf');
    expect(fileStem('x'.repeat(100))).toHaveLength(60);
  });

  it('sends JSON pretty-printed as an uncached attachment, and never breaks the header', async () => {
    const res = downloadResponse({ a: 1 }, 'm.otm.json');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="m.otm.json"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe('{\n  "a": 1\n}\n');
    expect(downloadResponse('# x', 'a"b\r\n.md', 'text/markdown; charset=utf-8').headers.get('content-disposition')).toBe('attachment; filename="a_b__.md"');
  });
});

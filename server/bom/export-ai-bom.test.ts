import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { createModel } from '../models/create-model';
import { createWorld } from '../test-world';
import { exportAiBom } from './export-ai-bom';
import { getAiInventory } from './get-ai-inventory';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => e.status);

describe('AI bill of materials', () => {
  it('exports the LLM fine-tuning template as a valid CycloneDX 1.6 BOM with the hub model, its licence, format and datasets', async () => {
    const w = await createWorld();
    const model = await createModel(w.actors.editor, { workspaceId: w.workspace.id, name: 'Support replies', description: '', templateId: 'llm-fine-tuning' });
    const { bom, filename } = await exportAiBom(w.actors.viewer, model.id, new Date('2026-11-20T12:00:00Z'));

    expect(filename).toBe('Support-replies.aibom.cdx.json');
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { timestamp: '2026-11-20T12:00:00.000Z', component: { name: 'Support replies' } } });
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(JSON.stringify(bom))).toBeNull();

    const hub = bom.components.find((c) => c.name === 'mistralai/Mistral-7B-v0.3')!;
    expect(hub).toMatchObject({
      type: 'machine-learning-model', version: 'v0.3', supplier: { name: 'Hugging Face' },
      licenses: [{ license: { id: 'Apache-2.0' } }],
      externalReferences: [{ type: 'distribution', url: 'https://huggingface.co/mistralai/Mistral-7B-v0.3' }],
    });
    expect(hub.properties).toContainEqual({ name: 'threatline:model:format', value: 'safetensors' });

    const byName = (name: string) => bom.components.find((c) => c.name === name)!['bom-ref'];
    const registry = bom.components.find((c) => c.type === 'machine-learning-model' && c.description?.startsWith('Model registry'))!;
    const deps = bom.dependencies.find((d) => d.ref === registry['bom-ref'])!.dependsOn;
    // The fine-tuned model comes from the hub model and from the datasets prepared into the training bucket.
    expect(deps).toEqual(expect.arrayContaining([hub['bom-ref'], byName('support-sft'), byName('tickets-2020-2025'), byName('stack-exchange-subset')]));
    expect(bom.components.find((c) => c.name === 'stack-exchange-subset')).toMatchObject({ type: 'data', licenses: [{ license: { name: 'CC BY-SA 4.0' } }] });
    expect(bom.components.find((c) => c.name === 'PyTorch')).toMatchObject({ type: 'framework' });
  });

  it('lets viewers read the inventory and hides it from outsiders', async () => {
    const w = await createWorld();
    const model = await createModel(w.actors.owner, { workspaceId: w.workspace.id, name: 'Fine-tune', description: '', templateId: 'llm-fine-tuning' });
    const rows = await getAiInventory(w.actors.viewer, model.id);
    expect(rows.filter((r) => r.type === 'model').map((r) => r.name)).toEqual(['Mistral 7B base', 'Model registry', 'Serving image build']);
    expect(rows.find((r) => r.name === 'Support ticket archive')!.missing).toContain('licence');
    expect(await getAiInventory(w.actors.viewer, w.model.id)).toEqual([]);
    expect(await fail(getAiInventory(w.actors.outsider, model.id))).toBe(404);
    expect(await fail(exportAiBom(w.actors.outsider, model.id))).toBe(404);
    expect(await fail(exportAiBom(null, model.id))).toBe(401);
  });
});

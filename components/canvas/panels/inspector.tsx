'use client';
import { Trash2 } from 'lucide-react';
import { z } from 'zod';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { flowFields, flowLabelSchema, flowPropertiesSchema } from '@/lib/domain/flow';
import type { FieldDef } from '@/lib/domain/fields';
import type { Op } from '@/lib/graph/op-schema';
import type { Properties } from '@/lib/graph/types';
import { crossesBoundary } from '@/lib/graph/validate';
import { useCanvas, useCanvasStoreApi } from '../canvas-context';
import { boundaryKindView, elementKindView, KindIcon, type KindView } from '../kinds';
import { selectedIds } from '../store/canvas-store';
import { ChangeKind } from './change-kind';
import { PropertyField } from './property-field';
import { ThreatList } from './threat-list';

const nameSchema = z.string().trim().max(200, 'Names are at most 200 characters.').optional();
const descriptionSchema = z.string().max(5000, 'Descriptions are at most 5,000 characters.').optional();
const labelSchema = flowLabelSchema.optional();

function PropertyFields({ fields, schema, properties, disabled, commit }: {
  fields: FieldDef[];
  schema: z.ZodObject | null;
  properties: Properties;
  disabled: boolean;
  commit: (key: string, value: unknown) => void;
}) {
  return (
    <>
      {fields.map((f) => (
        <PropertyField
          key={f.key}
          field={f}
          value={properties[f.key]}
          schema={schema?.shape[f.key] as z.ZodType | undefined}
          disabled={disabled}
          onCommit={(v) => commit(f.key, v)}
        />
      ))}
    </>
  );
}

function Heading({ kind, title }: { kind: KindView; title: string }) {
  return (
    <div className="flex items-center gap-2 border-b border-slate-200 pb-2">
      <span className="grid size-7 place-items-center rounded border" style={{ background: kind.color.fill, borderColor: kind.color.stroke, color: kind.color.stroke }}>
        <KindIcon name={kind.icon} className="size-4" />
      </span>
      <div className="min-w-0">
        <p className="text-[11px] uppercase tracking-wide text-slate-500">{title}</p>
        <p className="truncate text-sm font-semibold text-slate-900">{kind.label}</p>
      </div>
    </div>
  );
}

/** Properties of the selected element, boundary or flow, as a form generated from its kind. */
export function Inspector() {
  const store = useCanvasStoreApi();
  const ids = useCanvas(useShallow(selectedIds));
  const readOnly = useCanvas((s) => s.readOnly);
  const id = ids.length === 1 ? ids[0]! : null;
  const element = useCanvas((s) => (id ? s.graph.elements[id] : undefined));
  const boundary = useCanvas((s) => (id ? s.graph.boundaries[id] : undefined));
  const flow = useCanvas((s) => (id ? s.graph.flows[id] : undefined));
  const apply = (op: Op) => store.getState().apply([op]);
  const selectedElementIds = useCanvas(useShallow((s) => ids.filter((x) => s.graph.elements[x] !== undefined)));

  let body;
  if (ids.length === 0) {
    body = <p className="text-sm text-slate-500">Select an element, boundary or flow to see its properties.</p>;
  } else if (ids.length > 1) {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{ids.length} items selected.</p>
        {!readOnly && <ChangeKind elementIds={selectedElementIds} />}
        {!readOnly && (
          <Button variant="secondary" size="sm" onClick={() => store.getState().removeSelection()}>
            <Trash2 className="size-4" aria-hidden /> Delete selected
          </Button>
        )}
      </div>
    );
  } else if (element) {
    const kind = elementKindView(element.kind);
    const update = (changes: Extract<Op, { type: 'element.update' }>['changes']) => apply({ type: 'element.update', id: element.id, changes });
    body = (
      <div key={element.id} className="space-y-3">
        <Heading kind={kind} title="Element" />
        <PropertyField field={{ label: 'Name', type: 'text' }} value={element.name} schema={nameSchema} emptyValue="" disabled={readOnly} onCommit={(v) => update({ name: String(v) })} />
        <PropertyField field={{ label: 'Description', type: 'textarea' }} value={element.description} schema={descriptionSchema} emptyValue="" disabled={readOnly} onCommit={(v) => update({ description: String(v) })} />
        <PropertyFields fields={kind.fields} schema={kind.schema} properties={element.properties} disabled={readOnly} commit={(k, v) => update({ properties: { [k]: v } })} />
        {!readOnly && <ChangeKind elementIds={[element.id]} />}
        <ThreatList targetId={element.id} />
      </div>
    );
  } else if (boundary) {
    const kind = boundaryKindView(boundary.kind);
    const update = (changes: Extract<Op, { type: 'boundary.update' }>['changes']) => apply({ type: 'boundary.update', id: boundary.id, changes });
    body = (
      <div key={boundary.id} className="space-y-3">
        <Heading kind={kind} title="Trust boundary" />
        <PropertyField field={{ label: 'Name', type: 'text' }} value={boundary.name} schema={nameSchema} emptyValue="" disabled={readOnly} onCommit={(v) => update({ name: String(v) })} />
        <PropertyFields fields={kind.fields} schema={kind.schema} properties={boundary.properties} disabled={readOnly} commit={(k, v) => update({ properties: { [k]: v } })} />
      </div>
    );
  } else if (flow) {
    const update = (changes: Extract<Op, { type: 'flow.update' }>['changes']) => apply({ type: 'flow.update', id: flow.id, changes });
    body = (
      <div key={flow.id} className="space-y-3">
        <div className="border-b border-slate-200 pb-2">
          <p className="text-[11px] uppercase tracking-wide text-slate-500">Data flow</p>
          <FlowEnds flowId={flow.id} sourceId={flow.sourceId} targetId={flow.targetId} />
        </div>
        <PropertyField field={{ label: 'Label', type: 'text' }} value={flow.label} schema={labelSchema} emptyValue="" disabled={readOnly} onCommit={(v) => update({ label: String(v) })} />
        <PropertyFields fields={flowFields} schema={flowPropertiesSchema} properties={flow.properties} disabled={readOnly} commit={(k, v) => update({ properties: { [k]: v } })} />
        <ThreatList targetId={flow.id} />
      </div>
    );
  } else {
    body = <p className="text-sm text-slate-500">The selected item no longer exists.</p>;
  }

  return (
    <section aria-labelledby="inspector-title" className="space-y-3 p-3">
      <h2 id="inspector-title" className="text-sm font-semibold text-slate-900">Inspector</h2>
      {body}
    </section>
  );
}

function FlowEnds({ flowId, sourceId, targetId }: { flowId: string; sourceId: string; targetId: string }) {
  const source = useCanvas((s) => s.graph.elements[sourceId]?.name);
  const target = useCanvas((s) => s.graph.elements[targetId]?.name);
  const crossing = useCanvas((s) => crossesBoundary(s.graph, flowId));
  return (
    <>
      <p className="truncate text-sm font-semibold text-slate-900">{source || 'Unnamed'} → {target || 'Unnamed'}</p>
      {crossing && <p className="mt-1 text-xs font-medium text-red-700">Crosses a trust boundary.</p>}
    </>
  );
}

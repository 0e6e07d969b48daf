'use client';
import {
  Background, BackgroundVariant, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow,
  type Connection, type DefaultEdgeOptions, type EdgeTypes, type IsValidConnection, type Node, type NodeTypes,
} from '@xyflow/react';
import { useCallback, useState, type DragEvent } from 'react';
import { useCanvas, useCanvasStoreApi } from './canvas-context';
import { FlowEdge } from './edges/flow-edge';
import { BoundaryNode } from './nodes/boundary-node';
import { ElementNode } from './nodes/element-node';
import { addedId, addOp, PALETTE_DND_TYPE, type NewEntity } from './store/add';
import { GRID } from './store/geometry';
import { newId } from './store/ids';
import { elementKindView } from './kinds';

// Module constants: new objects on each render would make React Flow re-create every node.
const nodeTypes: NodeTypes = { element: ElementNode, boundary: BoundaryNode };
const edgeTypes: EdgeTypes = { flow: FlowEdge };
const defaultEdgeOptions: DefaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const snapGrid: [number, number] = [GRID, GRID];
const multiSelectKeys = ['Meta', 'Control'];

function minimapColor(node: Node): string {
  if (node.type === 'boundary') return 'transparent';
  return elementKindView(String((node.data as { kind?: string }).kind)).color.stroke;
}

/** The React Flow surface, controlled from the canvas store. */
export function FlowCanvas() {
  const store = useCanvasStoreApi();
  const nodes = useCanvas((s) => s.nodes);
  const edges = useCanvas((s) => s.edges);
  const readOnly = useCanvas((s) => s.readOnly);
  const onNodesChange = useCanvas((s) => s.onNodesChange);
  const onEdgesChange = useCanvas((s) => s.onEdgesChange);
  const { screenToFlowPosition } = useReactFlow();
  // Fit once on open, and only a non-empty diagram: React Flow would otherwise fit (and zoom)
  // onto the first node added to an empty canvas, moving the view under the user.
  const [fitOnOpen] = useState(() => store.getState().nodes.length > 0);

  const onConnect = useCallback(
    (c: Connection) => {
      const id = newId();
      store.getState().apply([{ type: 'flow.add', flow: { id, sourceId: c.source, targetId: c.target, label: '', properties: {} } }], { select: [id] });
    },
    [store],
  );

  const isValidConnection = useCallback<IsValidConnection>(
    (c) => {
      const g = store.getState().graph;
      return c.source !== c.target && Boolean(g.elements[c.source]) && Boolean(g.elements[c.target]);
    },
    [store],
  );

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: Node, dragged: Node[]) => store.getState().finishDrag(dragged.map((n) => n.id)),
    [store],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_DND_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const raw = e.dataTransfer.getData(PALETTE_DND_TYPE);
      if (!raw) return;
      e.preventDefault();
      let what: NewEntity;
      try {
        what = JSON.parse(raw) as NewEntity;
      } catch {
        return;
      }
      const s = store.getState();
      const op = addOp(s.graph, what, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      if (op) s.apply([op], { select: [addedId(op)] });
    },
    [store, screenToFlowPosition],
  );

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={defaultEdgeOptions}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onNodeDragStop={onNodeDragStop}
      onDragOver={readOnly ? undefined : onDragOver}
      onDrop={readOnly ? undefined : onDrop}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      elementsSelectable
      snapToGrid
      snapGrid={snapGrid}
      onlyRenderVisibleElements
      // Deleting goes through the store so it becomes ops and one undo step.
      deleteKeyCode={null}
      multiSelectionKeyCode={multiSelectKeys}
      elevateNodesOnSelect={false}
      minZoom={0.05}
      maxZoom={2.5}
      fitView={fitOnOpen}
      fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
      aria-label="Diagram canvas"
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} color="#cbd5e1" />
      <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={2} ariaLabel="Minimap" />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

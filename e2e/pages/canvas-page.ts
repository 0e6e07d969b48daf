import { expect, type Locator, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

/**
 * Mouse work on the diagram canvas. Nodes are found by React Flow's `data-id`; everything
 * outside the canvas surface is left to role and label queries in the specs.
 */
export class CanvasPage {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.react-flow__pane');
  }

  async goto(modelPath: string): Promise<void> {
    await this.page.goto(`${modelPath}/canvas`);
    // By role: while the page streams in, React may briefly hold a hidden copy of the canvas.
    await expect(this.page.getByRole('application', { name: 'Diagram canvas' })).toBeVisible();
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  nodeNamed(name: string): Locator {
    return this.page.locator('.react-flow__node', { hasText: name });
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  edgeLabel(id: string): Locator {
    return this.page.locator(`[data-flow-label="${id}"]`);
  }

  async paneBox(): Promise<Box> {
    return (await this.pane.boundingBox())!;
  }

  async box(id: string): Promise<Box> {
    return (await this.node(id).boundingBox())!;
  }

  /**
   * Whether one node lies inside another, both measured in the same frame: the viewport may be
   * animating (fit after auto-layout), so two separate box() reads can see two different zooms.
   */
  async isInside(innerId: string, outerId: string): Promise<boolean> {
    return this.page.evaluate(([a, b]) => {
      const rect = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
      const inner = rect(a);
      const outer = rect(b);
      if (!inner || !outer) return false;
      const slack = 0.5;
      return inner.left >= outer.left - slack && inner.top >= outer.top - slack && inner.right <= outer.right + slack && inner.bottom <= outer.bottom + slack;
    }, [innerId, outerId] as const);
  }

  /** A node's position on the canvas (flow coordinates, unaffected by panning and zoom). */
  async flowPosition(id: string): Promise<string | null> {
    return this.node(id).evaluate((el) => (el as HTMLElement).style.transform);
  }

  /** The id of the single selected node (new nodes are selected when added). */
  async selectedNodeId(): Promise<string> {
    const selected = this.page.locator('.react-flow__node.selected');
    await expect(selected).toHaveCount(1);
    return (await selected.getAttribute('data-id'))!;
  }

  /** HTML5 drag of a palette item onto the canvas at a point relative to the pane's top-left. */
  async dragFromPalette(label: string, at: { x: number; y: number }): Promise<string> {
    const item = this.page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: `Add ${label}`, exact: true });
    await item.dragTo(this.pane, { targetPosition: at });
    return this.selectedNodeId();
  }

  private async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    // Several steps: React Flow starts a drag only after the pointer travels a few pixels.
    await mouse.move(from.x + 6, from.y + 6, { steps: 3 });
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.up();
  }

  /** Drags a node by its middle (a boundary by its header) so its centre lands on a page point. */
  async dragNodeTo(id: string, to: { x: number; y: number }): Promise<void> {
    const b = await this.box(id);
    const isBoundary = (await this.node(id).getAttribute('class'))?.includes('tl-boundary');
    if (isBoundary) {
      const handle = (await this.node(id).locator('.tl-boundary-handle').boundingBox())!;
      await this.drag({ x: handle.x + 10, y: handle.y + handle.height / 2 }, { x: to.x - b.width / 2 + 10, y: to.y - b.height / 2 + handle.height / 2 });
      return;
    }
    await this.drag({ x: b.x + b.width / 2, y: b.y + b.height / 2 }, to);
  }

  async dragNodeBy(id: string, dx: number, dy: number): Promise<void> {
    const b = await this.box(id);
    await this.drag({ x: b.x + b.width / 2, y: b.y + b.height / 2 }, { x: b.x + b.width / 2 + dx, y: b.y + b.height / 2 + dy });
  }

  /** Draws a flow by dragging from the source's output handle to the target's input handle. */
  async connect(sourceId: string, targetId: string): Promise<void> {
    const from = (await this.node(sourceId).locator('.react-flow__handle.source').boundingBox())!;
    const to = (await this.node(targetId).locator('.react-flow__handle.target').boundingBox())!;
    await this.drag({ x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: to.x + to.width / 2, y: to.y + to.height / 2 });
  }

  async click(id: string): Promise<void> {
    const b = await this.box(id);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** Clicks empty canvas: clears the selection and takes focus out of form fields. */
  async clickEmpty(at: { x: number; y: number } = { x: 10, y: 10 }): Promise<void> {
    await this.pane.click({ position: at });
  }
}

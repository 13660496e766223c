import { LitElement, css, html, svg, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/** A flow as a laid-out diagram: steps, decision branches, calls into other flows, ends. */
interface DiagramNode {
  id: string;
  label: string;
  kind: 'step' | 'call' | 'end' | 'start';
  selected?: boolean;
  problem?: boolean;
}

interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  kind?: 'next' | 'rule' | 'return';
}

interface Graph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

interface Placed {
  node: DiagramNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Routed {
  edge: DiagramEdge;
  points: { x: number; y: number }[];
  labelAt?: { x: number; y: number };
}

const elk = new ELK();
const CHAR_WIDTH = 14;

@customElement('flow-diagram')
export class FlowDiagram extends LitElement {
  @property({ type: Object }) graph: Graph = { nodes: [], edges: [] };
  @state() private placed: Placed[] = [];
  @state() private routed: Routed[] = [];
  @state() private size = { width: 0, height: 0 };
  private layoutRun = 0;

  static styles = css`
    :host { display: block; overflow: auto; max-height: 70vh; }
    svg { font-family: var(--lumo-font-family, sans-serif); font-size: 13px; }
    .node rect { fill: var(--lumo-base-color, #fff); stroke: var(--lumo-contrast-50pct, #888); stroke-width: 1.5; }
    .node.step { cursor: pointer; }
    .node.selected rect { stroke: var(--lumo-primary-color, #1565c0); stroke-width: 3; }
    .node.problem rect { stroke: var(--lumo-error-color, #c62828); }
    .node.call rect { fill: var(--lumo-primary-color-10pct, #e3f2fd); stroke-dasharray: 5 3; }
    .node.end rect, .node.start rect { fill: var(--lumo-contrast-10pct, #eee); }
    .edge path { fill: none; stroke: var(--lumo-contrast-60pct, #666); stroke-width: 1.3; marker-end: url(#arrow); }
    .edge.return path { stroke-dasharray: 4 3; }
    .edge text { fill: var(--lumo-secondary-text-color, #555); font-size: 12px; }
  `;

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('graph')) {
      this.layout();
    }
  }

  private async layout() {
    const run = ++this.layoutRun;
    const graph = this.graph ?? { nodes: [], edges: [] };
    const input: ElkNode = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.spacing.nodeNode': '28',
        'elk.layered.spacing.nodeNodeBetweenLayers': '36',
        'elk.edgeRouting': 'ORTHOGONAL',
      },
      children: graph.nodes.map((n) => ({ id: n.id, width: Math.max(90, n.label.length * CHAR_WIDTH + 24), height: 36 })),
      edges: graph.edges.map((e, i) => ({
        id: 'e' + i,
        sources: [e.from],
        targets: [e.to],
        labels: e.label ? [{ text: e.label, width: e.label.length * 12, height: 14 }] : [],
      })),
    };
    const result: ElkNode = await elk.layout(input);
    if (run !== this.layoutRun) {
      return;
    }
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    this.placed = (result.children ?? []).map((c) => ({
      node: byId.get(c.id)!, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0,
    }));
    this.routed = ((result.edges ?? []) as ElkExtendedEdge[]).map((e, i) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      const label = e.labels?.[0];
      return { edge: graph.edges[i], points, labelAt: label ? { x: label.x ?? 0, y: (label.y ?? 0) + 11 } : undefined };
    });
    this.size = { width: (result.width ?? 0) + 20, height: (result.height ?? 0) + 20 };
    this.dispatchEvent(new CustomEvent('layout-done', { detail: { nodes: this.placed.length } }));
  }

  private select(node: DiagramNode) {
    if (node.kind === 'step') {
      this.dispatchEvent(new CustomEvent('node-click', { detail: { id: node.id } }));
    }
  }

  render() {
    if (this.placed.length === 0) {
      return nothing;
    }
    return html`<svg width=${this.size.width} height=${this.size.height} viewBox="-10 -10 ${this.size.width} ${this.size.height}">
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor"></path>
        </marker>
      </defs>
      ${this.routed.map((r) => svg`<g class="edge ${r.edge.kind ?? 'next'}">
        <path d=${r.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ')}></path>
        ${r.labelAt && r.edge.label ? svg`<text x=${r.labelAt.x} y=${r.labelAt.y}>${r.edge.label}</text>` : nothing}
      </g>`)}
      ${this.placed.map((p) => svg`<g class="node ${p.node.kind} ${p.node.selected ? 'selected' : ''} ${p.node.problem ? 'problem' : ''}"
            data-id=${p.node.id} @click=${() => this.select(p.node)}>
        <rect x=${p.x} y=${p.y} width=${p.width} height=${p.height} rx=${p.node.kind === 'step' ? 6 : 18}></rect>
        <text x=${p.x + p.width / 2} y=${p.y + p.height / 2 + 5} text-anchor="middle">${p.node.label}</text>
      </g>`)}
    </svg>`;
  }
}

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
  decision?: boolean;
}

/** The words of the legend and the toolbar, in the user's language. */
interface Labels {
  step: string;
  decision: string;
  call: string;
  end: string;
  return: string;
  fit: string;
  actual: string;
  svg: string;
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
  @property({ type: Object }) labels?: Labels;
  /** Whether the diagram is scaled to the width it is given (the default) or drawn at its own size. */
  @state() private fit = true;
  @state() private placed: Placed[] = [];
  @state() private routed: Routed[] = [];
  @state() private size = { width: 0, height: 0 };
  private layoutRun = 0;

  static styles = css`
    :host { display: block; }
    .canvas { overflow: auto; max-height: 70vh; }
    .canvas.fit svg { max-width: 100%; height: auto; }
    .bar { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: center; font-size: 12px;
      color: var(--lumo-secondary-text-color, #555); margin-bottom: 0.4em; }
    .bar button { font: inherit; border: 1px solid var(--lumo-contrast-30pct, #bbb); border-radius: 4px;
      background: var(--lumo-base-color, #fff); padding: 2px 8px; cursor: pointer; }
    .key { display: inline-flex; align-items: center; gap: 0.3em; }
    .key svg { width: 26px; height: 14px; }
    .node polygon { fill: var(--lumo-base-color, #fff); stroke: var(--lumo-contrast-50pct, #888); stroke-width: 1.5; }
    .node.selected polygon { stroke: var(--lumo-primary-color, #1565c0); stroke-width: 3; }
    .node.problem polygon { stroke: var(--lumo-error-color, #c62828); }
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
      children: graph.nodes.map((n) => ({
        id: n.id,
        width: Math.max(90, n.label.length * CHAR_WIDTH + (n.decision ? 48 : 24)),
        height: 36,
      })),
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

  /** The diagram as a stand-alone SVG file, with its styles inside. */
  private exportSvg() {
    const drawing = this.renderRoot.querySelector('.canvas svg');
    if (!drawing) {
      return;
    }
    const copy = drawing.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = (FlowDiagram.styles as { cssText: string }).cssText;
    copy.insertBefore(style, copy.firstChild);
    const url = URL.createObjectURL(new Blob([copy.outerHTML], { type: 'image/svg+xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'flow.svg';
    link.click();
    URL.revokeObjectURL(url);
  }

  private shape(p: Placed) {
    if (p.node.decision) {
      const h = p.height / 2;
      const points = [
        [p.x, p.y + h], [p.x + h, p.y], [p.x + p.width - h, p.y], [p.x + p.width, p.y + h],
        [p.x + p.width - h, p.y + p.height], [p.x + h, p.y + p.height],
      ].map(([x, y]) => `${x},${y}`).join(' ');
      return svg`<polygon points=${points}></polygon>`;
    }
    return svg`<rect x=${p.x} y=${p.y} width=${p.width} height=${p.height} rx=${p.node.kind === 'step' ? 6 : 18}></rect>`;
  }

  private legend() {
    const l = this.labels;
    if (!l) {
      return nothing;
    }
    return html`<div class="bar">
      <span class="key"><svg viewBox="0 0 26 14"><g class="node step"><rect x="1" y="1" width="24" height="12" rx="3"></rect></g></svg>${l.step}</span>
      <span class="key"><svg viewBox="0 0 26 14"><g class="node step"><polygon points="1,7 7,1 19,1 25,7 19,13 7,13"></polygon></g></svg>${l.decision}</span>
      <span class="key"><svg viewBox="0 0 26 14"><g class="node call"><rect x="1" y="1" width="24" height="12" rx="6"></rect></g></svg>${l.call}</span>
      <span class="key"><svg viewBox="0 0 26 14"><g class="node end"><rect x="1" y="1" width="24" height="12" rx="6"></rect></g></svg>${l.end}</span>
      <span class="key"><svg viewBox="0 0 26 14"><g class="edge return"><path d="M 1 7 L 25 7"></path></g></svg>${l.return}</span>
      <button type="button" id="diagram-fit" @click=${() => { this.fit = !this.fit; }}>${this.fit ? l.actual : l.fit}</button>
      <button type="button" id="diagram-svg" @click=${() => this.exportSvg()}>${l.svg}</button>
    </div>`;
  }

  render() {
    if (this.placed.length === 0) {
      return nothing;
    }
    return html`${this.legend()}<div class="canvas ${this.fit ? 'fit' : ''}">
    <svg width=${this.size.width} height=${this.size.height} viewBox="-10 -10 ${this.size.width} ${this.size.height}">
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
        ${this.shape(p)}
        <text x=${p.x + p.width / 2} y=${p.y + p.height / 2 + 5} text-anchor="middle">${p.node.label}</text>
      </g>`)}
    </svg></div>`;
  }
}

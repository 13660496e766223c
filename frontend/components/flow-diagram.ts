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
  png: string;
  zoomIn: string;
  zoomOut: string;
  fullscreen: string;
  exitFullscreen: string;
  insert: string;
  redirect: string;
  redirecting: string;
  cancel: string;
  delete: string;
  /** Every end a branch can be sent to, by node id (end:OUTCOME), in the user's words. */
  ends: { id: string; label: string }[];
}

interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  kind?: 'next' | 'rule' | 'return';
  /** Which way out of a step this is (start, next:KEY, rule:N:KEY, otherwise:KEY); none for a return. */
  branch?: string;
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
const ZOOMS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

@customElement('flow-diagram')
export class FlowDiagram extends LitElement {
  @property({ type: Object }) graph: Graph = { nodes: [], edges: [] };
  @property({ type: Object }) labels?: Labels;
  /** Whether the diagram edits the draft: "+" on branches, re-targeting, deleting the selected step. */
  @property({ type: Boolean }) editable = false;
  /** The name exported files are given. */
  @property({ type: String }) fileName = 'flow';
  /** Whether the diagram is scaled to the width it is given (the default) or drawn at a zoom. */
  @state() private fit = true;
  @state() private zoom = 1;
  /** Whether the server shows the diagram full screen. */
  @property({ type: Boolean, reflect: true }) full = false;
  /** The branch being sent elsewhere: the next click on a step or an end says where. */
  @state() private redirecting?: string;
  @state() private placed: Placed[] = [];
  @state() private routed: Routed[] = [];
  @state() private size = { width: 0, height: 0 };
  private layoutRun = 0;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.redirecting) {
      this.redirecting = undefined;
    }
  };
  /** Leaving the browser's full screen (Esc) leaves the diagram's too. */
  private readonly onFullscreen = () => {
    if (!document.fullscreenElement && this.full) {
      this.dispatchEvent(new CustomEvent('fullscreen-change', { detail: { full: false } }));
    }
  };

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    super.disconnectedCallback();
  }

  static styles = css`
    :host { display: block; }
    .canvas { overflow: auto; max-height: 70vh; }
    :host([full]) .canvas { max-height: calc(100vh - 9em); }
    .canvas.fit svg { max-width: 100%; height: auto; }
    .hint { background: var(--lumo-primary-color-10pct, #e3f2fd); color: var(--lumo-primary-text-color, #0d47a1);
      padding: 4px 8px; border-radius: 4px; font-size: 13px; }
    .plus circle { fill: var(--lumo-base-color, #fff); stroke: var(--lumo-primary-color, #1565c0); stroke-width: 1.5; }
    .plus text, .remove text { fill: var(--lumo-primary-color, #1565c0); font-size: 15px; font-weight: 600;
      pointer-events: none; }
    .plus { cursor: pointer; opacity: 0.45; }
    .plus:hover, .plus:focus { opacity: 1; }
    .remove circle { fill: var(--lumo-base-color, #fff); stroke: var(--lumo-error-color, #c62828); stroke-width: 1.5; }
    .remove text { fill: var(--lumo-error-color, #c62828); }
    .remove { cursor: pointer; }
    .edge .hit { stroke: transparent; stroke-width: 12; fill: none; marker-end: none; }
    .edge.editable { cursor: pointer; }
    .edge.editable:hover path:not(.hit), .edge.chosen path:not(.hit) {
      stroke: var(--lumo-primary-color, #1565c0); stroke-width: 2.5; }
    .redirecting .node.step, .redirecting .node.end { cursor: crosshair; }
    .redirecting .node.start, .redirecting .node.call { opacity: 0.4; }
    .bar { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: center; font-size: 12px;
      color: var(--lumo-secondary-text-color, #555); margin-bottom: 0.4em; }
    .bar button { font: inherit; border: 1px solid var(--lumo-contrast-30pct, #bbb); border-radius: 4px;
      background: var(--lumo-base-color, #fff); padding: 2px 8px; cursor: pointer; }
    /* zoom out, fit to width (a toggle: pressed while fitted, else the zoom level), zoom in: one group */
    .zoom { display: inline-flex; }
    .bar .zoom button { border-radius: 0; margin-inline-start: -1px; min-width: 2.2em; }
    .bar .zoom button:first-child { border-radius: 4px 0 0 4px; margin-inline-start: 0; }
    .bar .zoom button:last-child { border-radius: 0 4px 4px 0; }
    .bar .zoom #diagram-zoom { min-width: 6em; }
    .bar .zoom button[aria-pressed='true'] { background: var(--lumo-primary-color-10pct, #e3f2fd);
      color: var(--lumo-primary-text-color, #0d47a1); border-color: var(--lumo-primary-color-50pct, #90caf9);
      position: relative; }
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
    if (changed.has('full') && !this.full && document.fullscreenElement) {
      document.exitFullscreen().catch(() => undefined);
    }
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
        // the order of the steps in the list decides the order in each row, so an edit
        // moves only what it must (nodes do not swap places between edits)
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
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
    if (this.redirecting) {
      if (node.kind === 'step' || node.kind === 'end') {
        this.dispatchEvent(new CustomEvent('edge-redirect', { detail: { branch: this.redirecting, to: node.id } }));
        this.redirecting = undefined;
      }
      return;
    }
    if (node.kind === 'step') {
      this.dispatchEvent(new CustomEvent('node-click', { detail: { id: node.id } }));
    }
  }

  /** A branch clicked: the next step or end clicked is where it goes; the way from the start cannot move. */
  private chooseEdge(edge: DiagramEdge, e: Event) {
    e.stopPropagation();
    if (this.editable && edge.branch && edge.branch !== 'start') {
      this.redirecting = this.redirecting === edge.branch ? undefined : edge.branch;
    }
  }

  private insert(edge: DiagramEdge, e: Event) {
    e.stopPropagation();
    this.redirecting = undefined;
    this.dispatchEvent(new CustomEvent('edge-insert', { detail: { branch: edge.branch } }));
  }

  private removeNode(node: DiagramNode, e: Event) {
    e.stopPropagation();
    this.dispatchEvent(new CustomEvent('node-delete', { detail: { id: node.id } }));
  }

  /** One zoom level in or out from where the drawing is now (fitted or zoomed). */
  private zoomBy(steps: number) {
    const current = this.fit ? this.fitScale() : this.zoom;
    let i = ZOOMS.findIndex((z) => z >= current - 0.001);
    if (i < 0) {
      i = ZOOMS.length;
    }
    const exact = i < ZOOMS.length && Math.abs(ZOOMS[i] - current) < 0.001;
    const next = steps > 0 ? (exact ? i + 1 : i) : i - 1;
    this.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, next))];
    this.fit = false;
  }

  /** The scale at which the drawing fits the width it is given. */
  private fitScale() {
    const canvas = this.renderRoot.querySelector('.canvas') as HTMLElement | null;
    const width = canvas?.clientWidth ?? 0;
    return width > 0 && this.size.width > 0 ? Math.min(1, width / this.size.width) : 1;
  }

  /**
   * Full screen: the server shows the diagram in a window-sized dialog (so the dialogs its
   * edits open stay visible) and sets `full`; the page itself goes full screen where the
   * browser allows.
   */
  private toggleFullscreen() {
    const full = !this.full;
    if (full) {
      document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (document.fullscreenElement) {
      document.exitFullscreen().catch(() => undefined);
    }
    this.dispatchEvent(new CustomEvent('fullscreen-change', { detail: { full } }));
  }

  /** Where along the edge its "+" goes: a fraction of its length from the start. */
  private static along(points: { x: number; y: number }[], fraction: number) {
    let total = 0;
    for (let i = 1; i < points.length; i++) {
      total += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    }
    let left = total * fraction;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length >= left && length > 0) {
        return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
      }
      left -= length;
    }
    return points[0];
  }

  /** The drawing as a stand-alone SVG document, with its styles inside and without the editing controls. */
  private standalone(): { text: string; width: number; height: number } | undefined {
    const drawing = this.renderRoot.querySelector('.canvas svg');
    if (!drawing) {
      return undefined;
    }
    const copy = drawing.cloneNode(true) as SVGSVGElement;
    copy.querySelectorAll('.plus, .remove, .hit, title').forEach((e) => e.remove());
    copy.querySelectorAll('.selected, .chosen').forEach((e) => e.classList.remove('selected', 'chosen'));
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(this.size.width));
    copy.setAttribute('height', String(this.size.height));
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = (FlowDiagram.styles as { cssText: string }).cssText;
    copy.insertBefore(style, copy.firstChild);
    return { text: new XMLSerializer().serializeToString(copy), width: this.size.width, height: this.size.height };
  }

  private download(blob: Blob, extension: string) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.fileName}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private exportSvg() {
    const drawing = this.standalone();
    if (drawing) {
      this.download(new Blob([drawing.text], { type: 'image/svg+xml' }), 'svg');
    }
  }

  /** The drawing as a PNG at twice its size (sharp when printed), on white. */
  private exportPng() {
    const drawing = this.standalone();
    if (!drawing) {
      return;
    }
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = drawing.width * 2;
      canvas.height = drawing.height * 2;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(2, 2);
      context.drawImage(image, 0, 0, drawing.width, drawing.height);
      canvas.toBlob((blob) => blob && this.download(blob, 'png'), 'image/png');
    };
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(drawing.text);
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
      <span class="zoom" role="group">
        <button type="button" id="diagram-zoom-out" title=${l.zoomOut} aria-label=${l.zoomOut} @click=${() => this.zoomBy(-1)}>−</button>
        <button type="button" id="diagram-zoom" aria-pressed=${this.fit ? 'true' : 'false'} title=${this.fit ? l.actual : l.fit}
          @click=${() => { this.fit = !this.fit; this.zoom = 1; }}>${this.fit ? l.fit : Math.round(this.zoom * 100) + '%'}</button>
        <button type="button" id="diagram-zoom-in" title=${l.zoomIn} aria-label=${l.zoomIn} @click=${() => this.zoomBy(1)}>+</button>
      </span>
      <button type="button" id="diagram-fullscreen" @click=${() => this.toggleFullscreen()}>${this.full ? l.exitFullscreen : l.fullscreen}</button>
      <button type="button" id="diagram-svg" @click=${() => this.exportSvg()}>${l.svg}</button>
      <button type="button" id="diagram-png" @click=${() => this.exportPng()}>${l.png}</button>
    </div>`;
  }

  private edge(r: Routed) {
    const d = r.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
    const movable = this.editable && !!r.edge.branch && r.edge.branch !== 'start';
    // on a labelled edge the "+" sits nearer the start, clear of the label ELK puts midway
    const plus = this.editable && r.edge.branch && r.points.length > 1
      ? FlowDiagram.along(r.points, r.edge.label ? 0.2 : 0.5) : undefined;
    const chosen = this.redirecting !== undefined && this.redirecting === r.edge.branch;
    return svg`<g class="edge ${r.edge.kind ?? 'next'} ${movable ? 'editable' : ''} ${chosen ? 'chosen' : ''}"
        data-branch=${r.edge.branch ?? nothing} @click=${(e: Event) => this.chooseEdge(r.edge, e)}>
      ${movable ? svg`<title>${this.labels?.redirect ?? ''}</title><path class="hit" d=${d}></path>` : nothing}
      <path d=${d}></path>
      ${r.labelAt && r.edge.label ? svg`<text x=${r.labelAt.x} y=${r.labelAt.y}>${r.edge.label}</text>` : nothing}
      ${plus ? svg`<g class="plus" data-branch=${r.edge.branch!} tabindex="0" role="button"
          aria-label=${this.labels?.insert ?? ''} @click=${(e: Event) => this.insert(r.edge, e)}
          @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && this.insert(r.edge, e)}>
        <title>${this.labels?.insert ?? ''}</title>
        <circle cx=${plus.x} cy=${plus.y} r="8"></circle>
        <text x=${plus.x} y=${plus.y + 5} text-anchor="middle">+</text>
      </g>` : nothing}
    </g>`;
  }

  private node(p: Placed) {
    const removable = this.editable && p.node.kind === 'step' && p.node.selected && !this.redirecting;
    return svg`<g class="node ${p.node.kind} ${p.node.selected ? 'selected' : ''} ${p.node.problem ? 'problem' : ''}"
        data-id=${p.node.id} @click=${() => this.select(p.node)}>
      ${this.shape(p)}
      <text x=${p.x + p.width / 2} y=${p.y + p.height / 2 + 5} text-anchor="middle">${p.node.label}</text>
      ${removable ? svg`<g class="remove" data-id=${p.node.id} tabindex="0" role="button"
          aria-label=${this.labels?.delete ?? ''} @click=${(e: Event) => this.removeNode(p.node, e)}
          @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && this.removeNode(p.node, e)}>
        <title>${this.labels?.delete ?? ''}</title>
        <circle cx=${p.x + p.width} cy=${p.y} r="9"></circle>
        <text x=${p.x + p.width} y=${p.y + 5} text-anchor="middle">×</text>
      </g>` : nothing}
    </g>`;
  }

  render() {
    if (this.placed.length === 0) {
      return nothing;
    }
    const scaled = !this.fit && this.zoom !== 1;
    const width = scaled ? this.size.width * this.zoom : this.size.width;
    const height = scaled ? this.size.height * this.zoom : this.size.height;
    return html`${this.legend()}
    ${this.redirecting ? html`<div class="bar"><span class="hint" id="diagram-hint">${this.labels?.redirecting}</span>
      ${(this.labels?.ends ?? []).map((end) => html`<button type="button" class="end-choice" data-id=${end.id}
          @click=${() => this.select({ id: end.id, label: end.label, kind: 'end' })}>${end.label}</button>`)}
      <button type="button" id="diagram-cancel" @click=${() => { this.redirecting = undefined; }}>${this.labels?.cancel}</button></div>` : nothing}
    <div class="canvas ${this.fit ? 'fit' : ''} ${this.redirecting ? 'redirecting' : ''}"
        @click=${() => { this.redirecting = undefined; }}>
    <svg width=${width} height=${height} viewBox="-10 -10 ${this.size.width} ${this.size.height}">
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor"></path>
        </marker>
      </defs>
      ${this.routed.map((r) => this.edge(r))}
      ${this.placed.map((p) => this.node(p))}
    </svg></div>`;
  }
}

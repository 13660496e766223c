import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * Time since a session started, against the flow's target: ticks every second in the browser
 * (no server round trip) and turns to a warning colour once the target is passed.
 */
@customElement('hf-elapsed-time')
export class ElapsedTime extends LitElement {
  /** Start, in milliseconds since the epoch (server time). */
  @property({ type: Number }) since = 0;
  /** Target in minutes; 0 for none. */
  @property({ type: Number }) target = 0;
  /** Server time minus browser time when rendered, in ms, so a wrong browser clock does not matter. */
  @property({ type: Number }) skew = 0;
  @property() targetLabel = '';
  @state() private now = Date.now();
  private timer?: number;

  static styles = css`
    :host { display: inline-flex; gap: 0.5em; align-items: baseline; font-variant-numeric: tabular-nums; }
    .time { font-size: var(--lumo-font-size-xl, 22px); font-weight: 600; }
    :host([over]) .time { color: var(--lumo-error-text-color, #c62828); }
    .target { color: var(--lumo-secondary-text-color, #666); }
  `;

  connectedCallback() {
    super.connectedCallback();
    this.timer = window.setInterval(() => (this.now = Date.now()), 1000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  render() {
    const seconds = Math.max(0, Math.floor((this.now + this.skew - this.since) / 1000));
    const over = this.target > 0 && seconds > this.target * 60;
    this.toggleAttribute('over', over);
    const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
    const ss = String(seconds % 60).padStart(2, '0');
    return html`<span class="time" part="time">${mm}:${ss}</span>${this.target > 0
      ? html`<span class="target">${this.targetLabel}</span>` : ''}`;
  }
}

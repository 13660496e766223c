import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import SignaturePad from 'signature_pad';

/**
 * One party's signature drawn with a finger, stylus or mouse (signature_pad). Every finished
 * stroke and every clear fires `signature-change` with the drawing as a Base64 PNG (empty when
 * cleared), so the server always holds what the customer sees.
 */
@customElement('hf-signature-field')
export class SignatureField extends LitElement {
  @property() party = '';
  @property() clearLabel = 'Clear';
  @property() hint = '';
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) signed = false;
  @query('canvas') private canvas!: HTMLCanvasElement;
  private pad?: SignaturePad;
  private resizeObserver?: ResizeObserver;

  static styles = css`
    :host { display: block; width: min(100%, 32rem); }
    .frame { position: relative; border: 2px dashed var(--lumo-contrast-30pct, #999); border-radius: 8px;
      background: var(--lumo-base-color, #fff); }
    :host([signed]) .frame { border-style: solid; border-color: var(--lumo-success-color, #2e7d32); }
    canvas { display: block; width: 100%; height: 180px; touch-action: none; border-radius: 8px; }
    .party { position: absolute; left: 12px; bottom: 8px; color: var(--lumo-secondary-text-color, #666);
      pointer-events: none; font-size: var(--lumo-font-size-s, 14px); }
    .line { position: absolute; left: 12px; right: 12px; bottom: 36px; border-bottom: 1px solid var(--lumo-contrast-20pct, #ccc);
      pointer-events: none; }
    .bar { display: flex; justify-content: space-between; align-items: center; margin-top: 4px;
      font-size: var(--lumo-font-size-s, 14px); color: var(--lumo-secondary-text-color, #666); }
    button { font: inherit; min-height: 44px; padding: 0 16px; border-radius: 6px; cursor: pointer;
      border: 1px solid var(--lumo-contrast-30pct, #999); background: var(--lumo-contrast-5pct, #f5f5f5); }
    :host([disabled]) canvas { opacity: 0.4; pointer-events: none; }
  `;

  render() {
    return html`
      <div class="frame">
        <canvas part="canvas"></canvas>
        <div class="line"></div>
        <div class="party">${this.party}</div>
      </div>
      <div class="bar">
        <span>${this.hint}</span>
        <button type="button" @click=${this.clear} ?disabled=${this.disabled}>${this.clearLabel}</button>
      </div>`;
  }

  firstUpdated() {
    this.pad = new SignaturePad(this.canvas, { minWidth: 1, maxWidth: 3, penColor: '#111' });
    this.pad.addEventListener('endStroke', () => this.changed());
    this.resizeObserver = new ResizeObserver(() => this.fit());
    this.resizeObserver.observe(this.canvas);
    this.fit();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** Clears the drawing, e.g. when the customer wants to sign again. */
  clear() {
    this.pad?.clear();
    this.changed();
  }

  private fit() {
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const width = this.canvas.offsetWidth;
    const height = this.canvas.offsetHeight;
    if (width === 0 || height === 0) {
      return;
    }
    const strokes = this.pad?.toData() ?? [];
    this.canvas.width = width * ratio;
    this.canvas.height = height * ratio;
    this.canvas.getContext('2d')?.scale(ratio, ratio);
    this.pad?.fromData(strokes);
  }

  private changed() {
    const empty = !this.pad || this.pad.isEmpty();
    this.signed = !empty;
    const png = empty ? '' : this.pad!.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    this.dispatchEvent(new CustomEvent('signature-change', { detail: { png }, bubbles: true, composed: true }));
  }
}

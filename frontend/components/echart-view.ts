import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * A chart drawn by Apache ECharts from an option object the server sends as JSON. SVG
 * rendering (crisp when printed, text selectable); resizes with its box.
 */
@customElement('hf-echart')
export class EchartView extends LitElement {
  /** The ECharts option, as JSON text. */
  @property() option = '{}';
  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;

  static styles = css`
    :host { display: block; width: 100%; height: 280px; }
    .chart { width: 100%; height: 100%; }
  `;

  render() {
    return html`<div class="chart"></div>`;
  }

  firstUpdated() {
    const box = this.renderRoot.querySelector('.chart') as HTMLDivElement;
    this.chart = echarts.init(box, undefined, { renderer: 'svg' });
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(box);
    this.draw();
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('option')) {
      this.draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    if (this.chart) {
      this.chart.setOption(JSON.parse(this.option || '{}'), true);
    }
  }
}

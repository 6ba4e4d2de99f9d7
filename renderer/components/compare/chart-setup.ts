// Registers the parts of Chart.js the compare charts use (tree-shaken: lines, bars, axes, tooltips, legend), and their shared net axis.
import {
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ScriptableScaleContext } from 'chart.js';
import type { ChartColors } from './theme-colors';

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Filler, Legend, Tooltip);

/** Net positions are shown with a sign: +0.67, −1.00, 0.00. */
export function signed(net: number): string {
  if (net === 0) return '0.00';
  return `${net > 0 ? '+' : '−'}${Math.abs(net).toFixed(2)}`;
}

/** The net-position axis of both compare charts: −1 (against) to +1 (favor) by halves, the zero line drawn darker. */
export function netAxis(c: ChartColors) {
  return {
    min: -1,
    max: 1,
    ticks: {
      stepSize: 0.5,
      color: c.muted,
      callback: (v: number | string) => (v === 1 ? '+1 favor' : v === -1 ? '−1 against' : signed(Number(v))),
    },
    grid: { color: (ctx: ScriptableScaleContext) => (ctx.tick.value === 0 ? c.muted : c.grid) },
  };
}

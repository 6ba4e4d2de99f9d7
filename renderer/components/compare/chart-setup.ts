// Registers the parts of Chart.js the compare charts use (tree-shaken: lines, bars, axes, tooltips, legend).
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

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Filler, Legend, Tooltip);

/** Net positions are shown with a sign: +0.67, −1.00, 0.00. */
export function signed(net: number): string {
  if (net === 0) return '0.00';
  return `${net > 0 ? '+' : '−'}${Math.abs(net).toFixed(2)}`;
}

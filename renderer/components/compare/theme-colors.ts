// The theme's colours for charts, read from the CSS variables and refreshed when the theme switches.
import { onBeforeUnmount, ref } from 'vue';
import { onThemeChange } from '../../stores/theme';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  /** Series colours: the first actor, the second. */
  series: [string, string];
  favor: string;
  against: string;
}

function read(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1c1e22'),
    muted: v('--text-muted', '#595e66'),
    grid: v('--border', '#dedad2'),
    surface: v('--surface', '#ffffff'),
    series: [v('--accent', '#2446b8'), v('--concern-fg', '#7c4a00')],
    favor: v('--favor-fg', '#17602f'),
    against: v('--against-fg', '#9b1c1c'),
  };
}

/** Chart.js draws on a canvas, which CSS variables cannot reach: the colours are read here and re-read on a switch. */
export function useChartColors() {
  const colors = ref<ChartColors>(read());
  onBeforeUnmount(
    onThemeChange(() => {
      colors.value = read();
    }),
  );
  return colors;
}

/** One bar of a chart: its label under the axis (a second line when given) and its value. */
export interface ChartBar {
  readonly label: string;
  readonly sublabel?: string;
  /** What the chart's table calls the bar, when the axis label is too short to say it. */
  readonly name?: string;
  readonly value: number;
}

/** A bar placed in the chart's coordinates (the SVG's viewBox). */
export interface PlacedBar extends ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The centre of the bar: where its labels go. */
  readonly centre: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  /** The plot area: bars stand on `bottom`, the highest tick is at `top`. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly bars: readonly PlacedBar[];
  /** The value axis' ticks, from 0 up. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  /** Where the marker line stands (between two bars), when asked for. */
  readonly lineX: number | null;
}

export interface ChartSize {
  readonly width?: number;
  readonly height?: number;
  /** Draw a marker line after the bar of this index (the 20-day line after the 16–20 bin). */
  readonly lineAfter?: number;
}

/** Room for the tick values (left), the labels (bottom) and, above the bars' values, the line's label (top). */
const MARGIN = { left: 40, right: 8, top: 36, bottom: 44 };

/** A tick step of 1, 2 or 5 times a power of ten that makes about four steps up to `max`. */
export function tickStep(max: number): number {
  const rough = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? power;
  return Math.max(1, step);
}

/**
 * The bars of a vertical bar chart laid out in a `width` × `height` viewBox:
 * equal slots, bars 70 % of their slot, heights to a scale whose top is the
 * first tick at or above the largest value (whole numbers: counts of requests).
 */
export function layBars(bars: readonly ChartBar[], size: ChartSize = {}): ChartLayout {
  const width = size.width ?? 720;
  const height = size.height ?? 260;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  const step = tickStep(largest);
  const scaleTop = Math.max(step, Math.ceil(largest / step) * step);
  const yOf = (value: number) => bottom - ((bottom - top) * value) / scaleTop;
  const slot = bars.length === 0 ? 0 : (right - left) / bars.length;
  const placed = bars.map((bar, i) => {
    const y = yOf(bar.value);
    return {
      ...bar,
      x: left + slot * i + slot * 0.15,
      y,
      width: slot * 0.7,
      height: bottom - y,
      centre: left + slot * (i + 0.5),
    };
  });
  const ticks: { value: number; y: number }[] = [];
  for (let value = 0; value <= scaleTop; value += step) ticks.push({ value, y: yOf(value) });
  const lineX =
    size.lineAfter === undefined || size.lineAfter >= bars.length - 1
      ? null
      : left + slot * (size.lineAfter + 1);
  return { width, height, left, right, top, bottom, bars: placed, ticks, lineX };
}

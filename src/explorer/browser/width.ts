/** Below this width (CSS px) a view lays itself out for a phone. */
export const NARROW = 600;

/**
 * The width a chart is drawn at: the view's content width, up to the chart's desktop width.
 * Drawn at the width it is shown at, a chart's text keeps its real size on a phone instead of
 * being scaled down with a wide drawing.
 */
export function chartWidth(max: number): number {
  const view = document.getElementById('view');
  if (!view) return max;
  const style = getComputedStyle(view);
  const content = view.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Math.max(300, Math.min(max, Math.floor(content)));
}

export const isNarrow = (width: number) => width < NARROW;

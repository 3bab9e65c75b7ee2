let canvas: HTMLCanvasElement | null = null;

/** One small canvas for every donut, read back on the CPU (willReadFrequently: no GPU round trip). */
function scratch(size: number): CanvasRenderingContext2D | null {
  canvas ??= document.createElement('canvas');
  if (canvas.width !== size) {
    canvas.width = size;
    canvas.height = size;
  }
  return canvas.getContext('2d', { willReadFrequently: true });
}

/** Draws a cluster's category mix as a ring of coloured arcs around a plain centre. */
export function drawDonut(
  shares: readonly number[],
  colors: readonly string[],
  centre: string,
  pixelRatio = 2,
): ImageData | null {
  const size = 40 * pixelRatio;
  const ctx = scratch(size);
  if (!ctx) return null;
  ctx.clearRect(0, 0, size, size);
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  const middle = size / 2;
  const outer = middle - pixelRatio;
  const inner = outer * 0.62;
  let angle = -Math.PI / 2;
  shares.forEach((share, i) => {
    if (share <= 0) return;
    const sweep = (share / total) * Math.PI * 2;
    ctx.beginPath();
    ctx.moveTo(middle, middle);
    ctx.arc(middle, middle, outer, angle, angle + sweep);
    ctx.closePath();
    ctx.fillStyle = colors[i] ?? '#777777';
    ctx.fill();
    angle += sweep;
  });
  ctx.beginPath();
  ctx.arc(middle, middle, inner, 0, Math.PI * 2);
  ctx.fillStyle = centre;
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

/** Marker outlines centred on 0,0, so series differ by shape as well as colour. */
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;

const regular = (sides: number, r: number, turn = 0) =>
  polygon(Array.from({ length: sides }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / sides - Math.PI / 2;
    return [r * Math.cos(a), r * Math.sin(a)];
  }));

export const SHAPES: Record<string, (r: number) => string> = {
  circle: (r) => `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`,
  square: (r) => polygon([[-r * 0.85, -r * 0.85], [r * 0.85, -r * 0.85], [r * 0.85, r * 0.85], [-r * 0.85, r * 0.85]]),
  diamond: (r) => regular(4, r * 1.15),
  triangle: (r) => regular(3, r * 1.2),
  triangleDown: (r) => regular(3, r * 1.2, Math.PI),
  pentagon: (r) => regular(5, r * 1.05),
  hexagon: (r) => regular(6, r * 1.05),
  star: (r) =>
    polygon(Array.from({ length: 10 }, (_, i) => {
      const a = (i * Math.PI) / 5 - Math.PI / 2;
      const radius = i % 2 ? r * 0.55 : r * 1.25;
      return [radius * Math.cos(a), radius * Math.sin(a)];
    })),
};

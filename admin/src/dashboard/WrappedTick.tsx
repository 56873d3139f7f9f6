import { wrapLabel } from './labels.js';

/** Half-width units that fit the category axis' width at 12 px. */
const UNITS = 22;

/** A category-axis tick written on up to two lines (recharts passes x, y and the payload). */
export function WrappedTick(props: { x?: number; y?: number; payload?: { value: string } }) {
  const { x = 0, y = 0, payload } = props;
  const lines = wrapLabel(String(payload?.value ?? ''), UNITS);
  const first = lines.length > 1 ? -0.6 : 0.32;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill="#666" className="hub-wrapped-tick">
      <title>{payload?.value}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x - 4} dy={i === 0 ? `${first}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

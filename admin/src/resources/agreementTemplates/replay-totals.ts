/** What one side of a what-if replay found, reduced to the figures the comparison shows. */
export interface SideFigures {
  hits: number;
  hitAmountFen: string;
  breaches: number;
  ladderSteps: number;
}

type Side = {
  hits: number;
  hitAmountFen: string | number;
  breaches: number;
  ladder?: { count: number }[];
} | null;

export function figuresOf(side: Side | undefined): SideFigures {
  return {
    hits: side?.hits ?? 0,
    hitAmountFen: String(side?.hitAmountFen ?? '0'),
    breaches: side?.breaches ?? 0,
    ladderSteps: (side?.ladder ?? []).reduce((n, l) => n + l.count, 0),
  };
}

/** Signed difference draft − in force, as text ("+3", "-1", "0"); fen stays exact (BigInt). */
export function change(baseline: number | string, candidate: number | string): string {
  const d = BigInt(candidate) - BigInt(baseline);
  return d > 0n ? `+${d}` : String(d);
}

/** Fen → yuan as a number for charts (display only; tables use exact formatting). */
export const fenToYuanNumber = (fen: string | number) => Number(BigInt(fen)) / 100;

export interface BundleFigures {
  initialFiles: number;
  initialRaw: number;
  initialGzip: number;
  initialBrotli: number;
  allChunks: number;
  allRaw: number;
}
export function initialScripts(html: string): string[];
export function bundleFigures(dir?: string): BundleFigures;

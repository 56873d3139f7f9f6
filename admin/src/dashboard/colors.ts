/** The dashboard's series colours (MUI's palette hues, distinguishable side by side). */
export const COLORS = [
  '#1976d2',
  '#2e7d32',
  '#ed6c02',
  '#9c27b0',
  '#d32f2f',
  '#0288d1',
  '#5d4037',
  '#7b1fa2',
  '#689f38',
  '#455a64',
];

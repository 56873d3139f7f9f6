import type { ReactNode } from 'react';
import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';

/**
 * One chart of the dashboard: a title, and either the chart or — when the period holds
 * nothing — a sentence saying so (never an empty frame of axes).
 */
export function ChartCard({
  title,
  testId,
  empty,
  height = 320,
  children,
}: {
  title: string;
  testId: string;
  /** The empty-state sentence, shown instead of the chart; null when there is data. */
  empty: string | null;
  /** The plot's height in px (a chart with many named categories asks for more). */
  height?: number;
  children: ReactNode;
}) {
  return (
    <Card data-testid={testId} sx={{ flex: '1 1 520px', minWidth: 0 }}>
      <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ height }}>
        {empty ? (
          <Box sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            <Typography color="text.secondary" data-testid="chart-empty" sx={{ textAlign: 'center', px: 2 }}>
              {empty}
            </Typography>
          </Box>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}

import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with a CJK-first font stack (readable Chinese in any browser),
 * and lists that stay inside the window. react-admin lets a wide table (the knowledge library's
 * 14 columns, the review queue in English) widen the whole page (`min-width: fit-content`),
 * which at 1280 px pushed the list's own actions (import, export) off screen. The table scrolls
 * sideways in its own wrapper instead (not the list's card: the bulk-action bar slides in above
 * the table and the card would clip it), and the action bar wraps. A Chinese column title keeps
 * its words whole: squeezed, "定点医药机构" stood one character per line.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: [
      '"Noto Sans CJK SC"',
      '"Noto Sans SC"',
      '"PingFang SC"',
      '"Microsoft YaHei"',
      'Roboto',
      'sans-serif',
    ].join(','),
  },
  components: {
    ...defaultTheme.components,
    RaLayout: {
      styleOverrides: {
        root: {
          minWidth: 0,
          '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
        },
      },
    },
    RaList: {
      styleOverrides: {
        root: {
          minWidth: 0,
          '& .RaList-main': { minWidth: 0 },
          '& .RaList-actions .MuiToolbar-root': { flexWrap: 'wrap' },
        },
      },
    },
    RaDatagrid: {
      styleOverrides: {
        root: {
          '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
          '& .RaDatagrid-headerCell': { wordBreak: 'keep-all' },
        },
      },
    },
  },
};

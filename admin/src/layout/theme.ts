import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with a CJK-first font stack (readable Chinese in any browser). */
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
};

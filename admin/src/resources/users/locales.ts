export const locales = [
  { id: 'zh-CN', name: '简体中文' },
  { id: 'en', name: 'English' },
];

/**
 * Messages of the console's shared screens added for the clerk's path: the no-access page,
 * exports, the readable audit log, form errors. Kept apart from en.ts so screens added in
 * parallel do not collide here; zh in console.zh-CN.ts (same keys, checked by the compiler).
 */
export const consoleEn = {
  console: {
    noAccess: {
      title: 'No access',
      body: 'Your role (%{role}) cannot create or change %{resource}. Ask an administrator of your agency if you need to.',
      back: 'Back to the list',
    },
    export: {
      xlsx: 'Export Excel',
      csv: 'Export CSV',
      sheet: 'Export',
    },
    form: {
      fixFields: 'Please correct the marked fields and submit again.',
    },
    audit: {
      filterRecord: 'Record',
      filterActor: 'Actor',
      filterAny: 'All',
      clearFilters: 'Show all',
      fields: 'Details',
      system: 'the system',
      of: 'of',
      by: 'by',
    },
  },
};

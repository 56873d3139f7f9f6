/** Messages of the party screens: insurers, providers, partners, physicians; zh in parties.zh-CN.ts (same keys, checked by the compiler). */
export const partiesEn = {
  resources: {
    providers: {
      name: 'Provider |||| Providers',
      fields: {
        code: 'Code',
        nameZh: 'Name (Chinese)',
        nameEn: 'Name (English)',
        /** The list column: the name in the screen's language. */
        name: 'Name',
        kind: 'Kind',
        hospitalGrade: 'Grade',
        pharmacyClass: 'Pharmacy class',
        ownership: 'Ownership',
        regionCode: 'Region',
        address: 'Address',
        status: 'Status',
        reapplicationBannedUntil: 'Re-application banned until',
        licenceScope: 'Licensed scope',
        insurer: 'Insurer',
        insurerId: 'Insurer',
        search: 'Search',
      },
    },
    partners: {
      name: 'Partner |||| Partners',
      fields: {
        code: 'Code',
        nameZh: 'Name (Chinese)',
        nameEn: 'Name (English)',
        /** The list column: the name in the screen's language. */
        name: 'Name',
        kind: 'Kind',
        unifiedSocialCreditCode: 'Unified social credit code',
        status: 'Status',
        search: 'Search',
      },
    },
    insurers: {
      name: 'Insurer |||| Insurers',
      fields: {
        code: 'Code',
        nameZh: 'Name (Chinese)',
        nameEn: 'Name (English)',
        level: 'Level',
        regionCode: 'Region code',
        regionZh: 'Region',
        regionEn: 'Region (English)',
        search: 'Search',
      },
    },
    physicians: {
      name: 'Physician |||| Physicians',
      fields: {
        code: 'Code',
        nameZh: 'Name (Chinese)',
        nameEn: 'Name (English)',
        /** The list column: the name in the screen's language. */
        name: 'Name',
        idNumber: 'ID number',
        licenceNumber: 'Licence number',
        profession: 'Profession',
        status: 'Status',
        billingSuspendedUntil: 'Billing suspended until',
        primaryProvider: 'Primary site',
        primaryProviderId: 'Primary site (provider)',
        search: 'Search',
      },
      register: {
        title: 'Register a physician',
        help: 'Registers a physician (or pharmacist, nurse, technician) at the designated provider of their primary practice, from today. The ID number is checked (18 characters, check character); a person and a code are registered once.',
        badCode: 'D followed by 9 to 14 digits',
        badIdNumber: '18 characters: 17 digits and a digit or X',
      },
    },
  },
};

/** Messages of the sanction screens (suspensions, their ends, notices, referrals); zh in sanctions.zh-CN.ts. */
export const sanctionsEn = {
  resources: {
    settlementSuspensions: {
      name: 'Settlement suspensions',
      fields: {
        nameZh: 'Insured person',
        idNumber: 'ID number',
        insurer: 'Insurer',
        settlementSuspendedUntil: 'Term ends',
        settlementSuspended: 'Suspended (not restored)',
        penalties: 'Penalties',
        createdAt: 'Created',
        settlementSuspensions: 'Suspension history',
        suspendedFrom: 'From',
        suspendedUntil: 'Term ends',
        scope: 'Scope',
        restoredOn: 'Restored on',
        reversedOn: 'Reversed on appeal',
      },
      actions: { lift: 'Restore on request' },
      help: {
        lift: 'The term has run: direct settlement is restored today on the written request and pledge; recorded as the end of the suspension.',
      },
    },
    billingSuspensions: {
      name: 'Billing suspensions',
      fields: {
        code: 'Code',
        nameZh: 'Physician',
        licenceNumber: 'Licence number',
        status: 'Status',
        primaryProvider: 'Primary provider',
        billingSuspendedUntil: 'Suspended until',
        penalties: 'Penalties',
      },
      actions: { lift: 'Lift early' },
      help: {
        lift: 'The billing right is restored today on the written request and pledge; recorded as the end of the suspension.',
      },
    },
    sanctionEnds: {
      name: 'Ended suspensions',
      fields: {
        kind: 'Suspension',
        reason: 'Ended by',
        suspendedUntil: 'Was suspended until',
        endedOn: 'Ended on',
        requestDocumentRef: 'Written request',
        pledgeDocumentRef: 'Pledge',
        note: 'Note',
        createdAt: 'Recorded',
      },
    },
    dispatchedDocuments: {
      name: 'Dispatched documents',
      fields: {
        documentRef: 'Document number',
        kind: 'Kind',
        recipient: 'Recipient',
        dispatchedAt: 'Dispatched',
        deliveryStatus: 'Delivery',
        deliveredAt: 'Delivered',
        penalty: 'Penalty',
      },
      actions: { recordDelivery: 'Record delivery', dispatch: 'Notify health authority' },
    },
    referrals: {
      name: 'Referrals',
      fields: {
        documentRef: 'Document number',
        kind: 'Kind',
        receivingAuthority: 'Receiving authority',
        referredAt: 'Referred',
        outcome: 'Outcome',
        outcomeNote: 'Outcome note',
        outcomeAt: 'Outcome recorded',
        penalty: 'Penalty',
      },
      actions: { recordOutcome: 'Record outcome', refer: 'Refer' },
    },
  },
};

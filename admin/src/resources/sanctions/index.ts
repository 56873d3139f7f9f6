import type { ResourceProps } from 'react-admin';
import BlockIcon from '@mui/icons-material/Block';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { lazyScreen } from '../../common/lazy-screen.js';
import {
  BillingSuspensionList,
  BillingSuspensionOne,
  DispatchedDocumentList,
  DispatchedDocumentOne,
  ReferralList,
  ReferralOne,
  SanctionEndList,
  SanctionEndOne,
  SettlementSuspensionList,
  SettlementSuspensionOne,
} from './queries.js';

// Each screen is its own chunk, loaded when first shown.
const screens = {
  SettlementSuspensionList: lazyScreen(
    () => import('./SettlementSuspensionList.js'),
    'SettlementSuspensionList',
  ),
  SettlementSuspensionShow: lazyScreen(
    () => import('./SettlementSuspensionShow.js'),
    'SettlementSuspensionShow',
  ),
  BillingSuspensionList: lazyScreen(() => import('./BillingSuspensionList.js'), 'BillingSuspensionList'),
  BillingSuspensionShow: lazyScreen(() => import('./BillingSuspensionShow.js'), 'BillingSuspensionShow'),
  SanctionEndList: lazyScreen(() => import('./SanctionEndList.js'), 'SanctionEndList'),
  SanctionEndShow: lazyScreen(() => import('./SanctionEndShow.js'), 'SanctionEndShow'),
  DispatchedDocumentList: lazyScreen(() => import('./DispatchedDocumentList.js'), 'DispatchedDocumentList'),
  DispatchedDocumentShow: lazyScreen(() => import('./DispatchedDocumentShow.js'), 'DispatchedDocumentShow'),
  ReferralList: lazyScreen(() => import('./ReferralList.js'), 'ReferralList'),
  ReferralShow: lazyScreen(() => import('./ReferralShow.js'), 'ReferralShow'),
};

export const settlementSuspensionsDef: ResourceDef = {
  list: SettlementSuspensionList,
  listField: 'insuredPersons',
  one: SettlementSuspensionOne,
  oneField: 'node',
  orderFields: { createdAt: 'CREATED_AT' },
};

export const billingSuspensionsDef: ResourceDef = {
  list: BillingSuspensionList,
  listField: 'physicians',
  one: BillingSuspensionOne,
  oneField: 'node',
  orderFields: { nameZh: 'NAME_ZH', code: 'CODE' },
  // The physicians whose billing right is suspended, whatever else is filtered.
  filter: (f) => ({ ...f, status: ['BILLING_SUSPENDED'] }),
};

// The three lists below take no filter or order in the API: newest first.
export const sanctionEndsDef: ResourceDef = {
  list: SanctionEndList,
  listField: 'sanctionEnds',
  one: SanctionEndOne,
  oneField: 'node',
  orderFields: {},
};

export const dispatchedDocumentsDef: ResourceDef = {
  list: DispatchedDocumentList,
  listField: 'dispatchedDocuments',
  one: DispatchedDocumentOne,
  oneField: 'node',
  orderFields: {},
};

export const referralsDef: ResourceDef = {
  list: ReferralList,
  listField: 'referrals',
  one: ReferralOne,
  oneField: 'node',
  orderFields: {},
};

export const settlementSuspensionsView: ResourceProps = {
  name: 'settlementSuspensions',
  icon: PersonOffIcon,
  list: screens.SettlementSuspensionList,
  show: screens.SettlementSuspensionShow,
  recordRepresentation: 'nameZh',
};

export const billingSuspensionsView: ResourceProps = {
  name: 'billingSuspensions',
  icon: BlockIcon,
  list: screens.BillingSuspensionList,
  show: screens.BillingSuspensionShow,
  recordRepresentation: 'nameZh',
};

export const sanctionEndsView: ResourceProps = {
  name: 'sanctionEnds',
  icon: EventAvailableIcon,
  list: screens.SanctionEndList,
  show: screens.SanctionEndShow,
};

export const dispatchedDocumentsView: ResourceProps = {
  name: 'dispatchedDocuments',
  icon: MarkEmailReadIcon,
  list: screens.DispatchedDocumentList,
  show: screens.DispatchedDocumentShow,
  recordRepresentation: 'documentRef',
};

export const referralsView: ResourceProps = {
  name: 'referrals',
  icon: AccountBalanceIcon,
  list: screens.ReferralList,
  show: screens.ReferralShow,
  recordRepresentation: 'documentRef',
};

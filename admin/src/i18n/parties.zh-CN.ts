import type { partiesEn } from './parties.en.js';
import type { SameKeys } from './same-keys.js';

/** 协议主体界面的文案：经办机构、定点医药机构、合作机构、医师；键与 parties.en.ts 一致。 */
export const partiesZh: SameKeys<typeof partiesEn> = {
  resources: {
    providers: {
      name: '定点医药机构',
      fields: {
        code: '机构编码',
        nameZh: '机构名称',
        nameEn: '英文名称',
        name: '机构名称',
        kind: '机构类型',
        hospitalGrade: '医院等级',
        pharmacyClass: '药店类别',
        ownership: '性质',
        regionCode: '统筹区',
        address: '地址',
        status: '状态',
        reapplicationBannedUntil: '禁止再次申请至',
        licenceScope: '执业（经营）范围',
        insurer: '医保经办机构',
        insurerId: '医保经办机构',
        search: '搜索',
      },
    },
    partners: {
      name: '合作机构',
      fields: {
        code: '机构编码',
        nameZh: '机构名称',
        nameEn: '英文名称',
        name: '机构名称',
        kind: '机构类型',
        unifiedSocialCreditCode: '统一社会信用代码',
        status: '状态',
        search: '搜索',
      },
    },
    insurers: {
      name: '医保经办机构',
      fields: {
        code: '机构编码',
        nameZh: '机构名称',
        nameEn: '英文名称',
        level: '级别',
        regionCode: '统筹区编码',
        regionZh: '统筹区',
        regionEn: '统筹区（英文）',
        search: '搜索',
      },
    },
    physicians: {
      name: '医保医师',
      fields: {
        code: '医师编码',
        nameZh: '姓名',
        nameEn: '英文姓名',
        name: '姓名',
        idNumber: '身份证号',
        licenceNumber: '执业证号',
        profession: '职业类别',
        status: '状态',
        billingSuspendedUntil: '暂停医保服务至',
        primaryProvider: '第一执业点',
        primaryProviderId: '第一执业点（定点医药机构）',
        search: '搜索',
      },
      register: {
        title: '医保医师备案',
        help: '在第一执业点所在的定点医药机构为医师（或药师、护士、技师）备案，自今日起执业。身份证号须为 18 位且校验位正确；同一人、同一编码只能备案一次。',
        badCode: '须为字母 D 加 9 至 14 位数字',
        badIdNumber: '须为 18 位：17 位数字加 1 位数字或 X',
      },
    },
  },
};

import type { Tx } from '../../server/db/database.js';
import type {
  HospitalGrade, InsurerLevel, Ownership, PartnerKind, PharmacyClass, PractitionerProfession, ProviderKind, ProviderStatus,
} from '../../server/db/generated/prisma/enums.js';
import { cst, day } from './util.js';
import type { Ids } from './ids.js';

/**
 * Parties drawn from the seeds. Names of real agencies and of providers that the seeds name
 * in a published case are kept; providers marked 示例/Demo are invented so that no real
 * institution carries an invented violation. Every person is fictional (某 names, fake ids).
 */
type InsurerRow = [key: string, nameZh: string, nameEn: string, level: InsurerLevel, regionCode: string, regionZh: string, regionEn: string];
export const INSURERS: InsurerRow[] = [
  ['MAS', '马鞍山市医疗保险管理中心', "Ma'anshan Medical Insurance Centre", 'CITY', '340500', '安徽省马鞍山市', "Ma'anshan, Anhui"],
  ['MAS-HS', '含山县医保中心', 'Hanshan County Medical Insurance Centre', 'COUNTY', '340522', '安徽省马鞍山市含山县', "Hanshan County, Ma'anshan, Anhui"],
  ['MAS-DT', '当涂县医保中心', 'Dangtu County Medical Insurance Centre', 'COUNTY', '340521', '安徽省马鞍山市当涂县', "Dangtu County, Ma'anshan, Anhui"],
  ['XZ', '徐州市医疗保障局', 'Xuzhou Healthcare Security Bureau', 'CITY', '320300', '江苏省徐州市', 'Xuzhou, Jiangsu'],
  ['HA', '淮安市医疗保障局', "Huai'an Healthcare Security Bureau", 'CITY', '320800', '江苏省淮安市', "Huai'an, Jiangsu"],
  ['WF', '潍坊市医疗保障局', 'Weifang Healthcare Security Bureau', 'CITY', '370700', '山东省潍坊市', 'Weifang, Shandong'],
  ['ZB', '淄博市医疗保障局', 'Zibo Healthcare Security Bureau', 'CITY', '370300', '山东省淄博市', 'Zibo, Shandong'],
  ['YT-FS', '烟台市福山区医疗保险经办中心', 'Yantai Fushan District Medical Insurance Office', 'COUNTY', '370611', '山东省烟台市福山区', 'Fushan District, Yantai, Shandong'],
  ['LY', '临沂市医疗保障局', 'Linyi Healthcare Security Bureau', 'CITY', '371300', '山东省临沂市', 'Linyi, Shandong'],
  ['GX', '冠县医疗保险事业处', 'Guanxian County Medical Insurance Office', 'COUNTY', '371525', '山东省聊城市冠县', 'Guanxian County, Liaocheng, Shandong'],
  ['JM', '江门市社会保险基金管理局', 'Jiangmen Social Insurance Fund Administration', 'CITY', '440700', '广东省江门市', 'Jiangmen, Guangdong'],
  ['CQ', '重庆市医疗保障局', 'Chongqing Healthcare Security Bureau', 'PROVINCE', '500000', '重庆市', 'Chongqing'],
  ['CQ-CS', '重庆市长寿区医疗保险管理中心', 'Chongqing Changshou District Medical Insurance Centre', 'COUNTY', '500115', '重庆市长寿区', 'Changshou District, Chongqing'],
  ['GY', '桂阳县医疗保险管理服务中心', 'Guiyang County Medical Insurance Service Centre', 'COUNTY', '431021', '湖南省郴州市桂阳县', 'Guiyang County, Chenzhou, Hunan'],
  ['PN', '屏南县医疗保障局', 'Pingnan County Healthcare Security Bureau', 'COUNTY', '350923', '福建省宁德市屏南县', 'Pingnan County, Ningde, Fujian'],
];

type ProviderRow = {
  key: string; insurer: string; nameZh: string; nameEn: string; kind: ProviderKind; grade?: HospitalGrade;
  pharmacyClass?: PharmacyClass; ownership: Ownership; scope: string[]; address?: string;
  status?: ProviderStatus; bannedUntil?: string;
};
const GENERAL = ['内科', '外科', '妇产科', '儿科', '中医科', '医学检验科', '医学影像科'];
export const PROVIDERS: ProviderRow[] = [
  { key: 'mas-renmin', insurer: 'MAS', nameZh: '马鞍山市人民医院', nameEn: "Ma'anshan People's Hospital", kind: 'HOSPITAL', grade: 'GRADE_3', ownership: 'PUBLIC', scope: GENERAL },
  { key: 'mas-zhongxin', insurer: 'MAS', nameZh: '马鞍山市中心医院', nameEn: "Ma'anshan Central Hospital", kind: 'HOSPITAL', grade: 'GRADE_3', ownership: 'PUBLIC', scope: GENERAL },
  { key: 'mas-zhongyi', insurer: 'MAS', nameZh: '马鞍山市中医院', nameEn: "Ma'anshan Hospital of Traditional Chinese Medicine", kind: 'HOSPITAL', grade: 'GRADE_3', ownership: 'PUBLIC', scope: ['中医科', '内科', '针灸科', '康复医学科'] },
  { key: 'mas-fuyou', insurer: 'MAS', nameZh: '马鞍山市妇幼保健医院', nameEn: "Ma'anshan Maternal and Child Health Hospital", kind: 'HOSPITAL', grade: 'GRADE_3', ownership: 'PUBLIC', scope: ['妇产科', '儿科', '妇女保健科'] },
  { key: 'mas-17ye', insurer: 'MAS', nameZh: '马鞍山十七冶医院', nameEn: "Ma'anshan 17th Metallurgical Construction Hospital", kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PUBLIC', scope: ['外科', '骨科', '内科'] },
  { key: 'mas-xiehe', insurer: 'MAS', nameZh: '马鞍山协和医院', nameEn: "Ma'anshan Xiehe Hospital", kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PRIVATE', scope: ['内科', '外科'] },
  { key: 'mas-kanghao', insurer: 'MAS', nameZh: '马鞍山康豪医院', nameEn: "Ma'anshan Kanghao Hospital", kind: 'HOSPITAL', grade: 'GRADE_1', ownership: 'PRIVATE', scope: ['内科', '外科'] },
  { key: 'mas-yaojiazhai', insurer: 'MAS', nameZh: '姚家寨康复医院', nameEn: 'Yaojiazhai Rehabilitation Hospital', kind: 'REHABILITATION_CENTRE', grade: 'GRADE_1', ownership: 'PRIVATE', scope: ['康复医学科', '内科'], status: 'TERMINATED', bannedUntil: '2022-02-26' },
  { key: 'mas-husong', insurer: 'MAS', nameZh: '胡松中西医诊所', nameEn: 'Husong Integrated Chinese and Western Medicine Clinic', kind: 'CLINIC', ownership: 'PRIVATE', scope: ['中医科', '内科'] },
  { key: 'mas-jinjiazhuang', insurer: 'MAS', nameZh: '金家庄街道社区卫生服务中心', nameEn: 'Jinjiazhuang Subdistrict Community Health Centre', kind: 'COMMUNITY_HEALTH_CENTRE', ownership: 'PUBLIC', scope: ['全科医疗科', '中医科', '预防保健科'] },
  { key: 'mas-baozhilin', insurer: 'MAS', nameZh: '马鞍山市宝芝林大药房有限公司', nameEn: "Ma'anshan Baozhilin Pharmacy Co., Ltd.", kind: 'RETAIL_PHARMACY', pharmacyClass: 'A', ownership: 'PRIVATE', scope: ['处方药', '非处方药', '中药饮片'] },
  { key: 'mas-demo-tcm', insurer: 'MAS', nameZh: '雨山区示例中医诊所', nameEn: 'Yushan Demo TCM Clinic', kind: 'CLINIC', ownership: 'PRIVATE', scope: ['中医科'] },
  { key: 'mas-demo-hospital', insurer: 'MAS', nameZh: '博望区示例医院', nameEn: 'Bowang Demo Hospital', kind: 'HOSPITAL', grade: 'GRADE_1', ownership: 'PRIVATE', scope: ['内科', '外科'] },
  { key: 'mas-demo-maternity', insurer: 'MAS', nameZh: '花山区示例妇产医院', nameEn: 'Huashan Demo Maternity Hospital', kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PRIVATE', scope: ['妇产科'] },
  { key: 'mas-demo-pharmacy', insurer: 'MAS', nameZh: '花山区示例便民药店', nameEn: 'Huashan Demo Neighbourhood Pharmacy', kind: 'RETAIL_PHARMACY', pharmacyClass: 'B', ownership: 'PRIVATE', scope: ['非处方药'], status: 'SUSPENDED' },
  { key: 'hs-renmin', insurer: 'MAS-HS', nameZh: '含山县人民医院', nameEn: "Hanshan County People's Hospital", kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PUBLIC', scope: GENERAL },
  { key: 'xz-demo-dialysis', insurer: 'XZ', nameZh: '徐州云龙示例血液透析中心', nameEn: 'Xuzhou Yunlong Demo Dialysis Centre', kind: 'DIALYSIS_CENTRE', ownership: 'PRIVATE', scope: ['血液透析'] },
  { key: 'xz-demo-hospital', insurer: 'XZ', nameZh: '徐州鼓楼示例医院', nameEn: 'Xuzhou Gulou Demo Hospital', kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PRIVATE', scope: ['外科', '骨科'] },
  { key: 'xz-demo-pharmacy-a', insurer: 'XZ', nameZh: '徐州示例连锁大药房泉山店', nameEn: 'Xuzhou Demo Chain Pharmacy (Quanshan)', kind: 'RETAIL_PHARMACY', pharmacyClass: 'A', ownership: 'PRIVATE', scope: ['处方药', '非处方药'] },
  { key: 'xz-demo-pharmacy-b', insurer: 'XZ', nameZh: '徐州示例药店铜山店', nameEn: 'Xuzhou Demo Pharmacy (Tongshan)', kind: 'RETAIL_PHARMACY', pharmacyClass: 'B', ownership: 'PRIVATE', scope: ['非处方药'] },
  { key: 'wf-demo-outpatient', insurer: 'WF', nameZh: '潍坊奎文示例门诊部', nameEn: 'Weifang Kuiwen Demo Outpatient Department', kind: 'OUTPATIENT_DEPARTMENT', ownership: 'PRIVATE', scope: ['内科', '中医科'] },
  { key: 'zb-demo-hospital', insurer: 'ZB', nameZh: '淄博张店示例医院', nameEn: 'Zibo Zhangdian Demo Hospital', kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PUBLIC', scope: GENERAL },
  { key: 'yt-demo-hospital', insurer: 'YT-FS', nameZh: '福山区示例医院', nameEn: 'Fushan Demo Hospital', kind: 'HOSPITAL', grade: 'GRADE_1', ownership: 'PRIVATE', scope: ['内科', '康复医学科'], status: 'SUSPENDED' },
  { key: 'ly-demo-pharmacy', insurer: 'LY', nameZh: '临沂兰山示例药店', nameEn: 'Linyi Lanshan Demo Pharmacy', kind: 'RETAIL_PHARMACY', pharmacyClass: 'B', ownership: 'PRIVATE', scope: ['处方药', '非处方药'], status: 'TERMINATED', bannedUntil: '2028-05-20' },
  { key: 'ly-demo-chain', insurer: 'LY', nameZh: '临沂示例医药连锁河东店', nameEn: 'Linyi Demo Pharmacy Chain (Hedong)', kind: 'RETAIL_PHARMACY', pharmacyClass: 'A', ownership: 'PRIVATE', scope: ['处方药', '非处方药'] },
  { key: 'jm-demo-hospital', insurer: 'JM', nameZh: '江门蓬江示例医院', nameEn: 'Jiangmen Pengjiang Demo Hospital', kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PUBLIC', scope: ['外科', '骨科', '康复医学科'] },
  { key: 'ha-demo-hospital', insurer: 'HA', nameZh: '淮安示例县医院', nameEn: "Huai'an Demo County Hospital", kind: 'HOSPITAL', grade: 'GRADE_2', ownership: 'PUBLIC', scope: GENERAL },
  { key: 'cs-demo-hospital', insurer: 'CQ-CS', nameZh: '长寿区示例中心卫生院', nameEn: 'Changshou Demo Township Health Centre', kind: 'HOSPITAL', grade: 'GRADE_1', ownership: 'PUBLIC', scope: ['全科医疗科', '中医科'] },
  { key: 'gx-demo-village', insurer: 'GX', nameZh: '冠县示例村卫生室', nameEn: 'Guanxian Demo Village Clinic', kind: 'VILLAGE_CLINIC', ownership: 'PUBLIC', scope: ['全科医疗科'] },
  { key: 'gy-demo-village-1', insurer: 'GY', nameZh: '桂阳县示例一村卫生室', nameEn: 'Guiyang Demo Village Clinic No. 1', kind: 'VILLAGE_CLINIC', ownership: 'PUBLIC', scope: ['全科医疗科'], status: 'TERMINATED', bannedUntil: '2021-11-30' },
  { key: 'gy-demo-village-2', insurer: 'GY', nameZh: '桂阳县示例二村卫生室', nameEn: 'Guiyang Demo Village Clinic No. 2', kind: 'VILLAGE_CLINIC', ownership: 'PUBLIC', scope: ['全科医疗科'] },
  { key: 'pn-demo-village', insurer: 'PN', nameZh: '屏南县示例村卫生室', nameEn: 'Pingnan Demo Village Clinic', kind: 'VILLAGE_CLINIC', ownership: 'PUBLIC', scope: ['全科医疗科'], status: 'APPLYING' },
];

type PhysicianRow = [key: string, provider: string, nameZh: string, nameEn: string, profession: PractitionerProfession, otherSites?: string[]];
export const PHYSICIANS: PhysicianRow[] = [
  ['doc-wang', 'mas-renmin', '王某华', 'Wang Mouhua', 'PHYSICIAN', ['mas-demo-hospital', 'mas-demo-tcm']],
  ['doc-li', 'mas-renmin', '李某', 'Li Mou', 'PHYSICIAN'],
  ['doc-zhang', 'mas-fuyou', '张某英', 'Zhang Mouying', 'PHYSICIAN'],
  ['doc-chen', 'mas-kanghao', '陈某明', 'Chen Mouming', 'PHYSICIAN'],
  ['doc-hu', 'mas-husong', '胡某', 'Hu Mou', 'PHYSICIAN'],
  ['pharm-zhao', 'mas-baozhilin', '赵某', 'Zhao Mou', 'PHARMACIST'],
  ['doc-sun', 'zb-demo-hospital', '孙某', 'Sun Mou', 'PHYSICIAN'],
  ['doc-zhou', 'xz-demo-hospital', '周某', 'Zhou Mou', 'PHYSICIAN'],
  ['doc-wu', 'ly-demo-pharmacy', '吴某', 'Wu Mou', 'PHARMACIST'],
  ['nurse-qian', 'mas-zhongxin', '钱某', 'Qian Mou', 'NURSE'],
];

/** Physician billing rights stopped for 1–5 years (see the over-prescription finding in Zibo). */
const BILLING_SUSPENDED: Record<string, string> = { 'doc-sun': '2027-08-31', 'doc-wu': '2030-05-19' };

type PartnerRow = [key: string, code: string, nameZh: string, nameEn: string, kind: PartnerKind, uscc: string];
export const PARTNERS: PartnerRow[] = [
  ['picc', 'PICC-PC', '中国人民财产保险股份有限公司(人保财险)', 'PICC Property and Casualty Company Limited', 'COMMERCIAL_INSURER', 'DEMO0000000000001P'],
  ['pingan', 'PINGAN', '中国平安财产保险股份有限公司(平安保险)', 'Ping An Property & Casualty Insurance Company of China', 'COMMERCIAL_INSURER', 'DEMO0000000000002A'],
  ['chinalife', 'CHINA-LIFE', '中国人寿保险股份有限公司(中国人寿)', 'China Life Insurance Company Limited', 'COMMERCIAL_INSURER', 'DEMO0000000000003L'],
  ['itvendor', 'DEMO-IT', '示例医保信息技术有限公司', 'Demo Health Insurance IT Co., Ltd.', 'IT_VENDOR', 'DEMO0000000000004T'],
  ['accounting', 'DEMO-CPA', '淮安示例会计师事务所', "Huai'an Demo Certified Public Accountants", 'ACCOUNTING_FIRM', 'DEMO0000000000005C'],
];

/** Fictional members: 某 names and ids that cannot be real (the sequence block 9xx is never issued). */
type InsuredRow = [key: string, insurer: string, nameZh: string, birth: string, suspendedUntil?: string];
export const INSURED: InsuredRow[] = [
  ['ins-1', 'MAS', '刘某', '19580312', '2027-02-28'],
  ['ins-2', 'MAS', '杨某芳', '19620704'],
  ['ins-3', 'MAS', '黄某', '19710221'],
  ['ins-4', 'MAS', '徐某兰', '19880930'],
  ['ins-5', 'XZ', '马某', '19550101'],
  ['ins-6', 'LY', '朱某', '19690815'],
  ['ins-7', 'ZB', '高某', '19500618', '2027-06-30'],
  ['ins-9', 'CQ-CS', '何某', '19660909'],
  ['ins-10', 'HA', '罗某', '19811111'],
  ['ins-8', 'YT-FS', '林某', '19770402'],
  // Her year ran out on 30 November 2026; she stays suspended until she files the written
  // request and pledge (docs/domain/measures.md).
  ['ins-11', 'MAS', '赵某', '19740505', '2026-11-30'],
];

export async function seedParties(prisma: Tx, ids: Ids): Promise<void> {
  const insurerByKey = new Map(INSURERS.map((r) => [r[0], r]));
  await prisma.insurer.createMany({
    data: INSURERS.map(([key, nameZh, nameEn, level, regionCode, regionZh, regionEn]) => ({
      id: ids.insurer(key), code: key, nameZh, nameEn, level, regionCode, regionZh, regionEn,
    })),
  });
  const seq = new Map<string, number>();
  await prisma.provider.createMany({
    data: PROVIDERS.map((p) => {
      const region = insurerByKey.get(p.insurer)![4];
      const letter = p.kind === 'RETAIL_PHARMACY' ? 'P' : 'H';
      const n = (seq.get(region + letter) ?? 0) + 1;
      seq.set(region + letter, n);
      return {
        id: ids.provider(p.key), code: `${letter}${region}${String(n).padStart(5, '0')}`, nameZh: p.nameZh, nameEn: p.nameEn,
        kind: p.kind, hospitalGrade: p.grade ?? null, pharmacyClass: p.pharmacyClass ?? null, ownership: p.ownership,
        licenceScope: p.scope, regionCode: region, address: p.address ?? null, status: p.status ?? 'ACTIVE',
        reapplicationBannedUntil: p.bannedUntil ? day(p.bannedUntil) : null, insurerId: ids.insurer(p.insurer),
      };
    }),
  });
  await prisma.physician.createMany({
    data: PHYSICIANS.map(([key, provider, nameZh, nameEn, profession], i) => ({
      id: ids.physician(key), code: `D${String(i + 1).padStart(9, '0')}`, nameZh, nameEn, profession,
      idNumber: `34050019700101${String(900 + i).padStart(3, '0')}X`, licenceNumber: `DEMO-LIC-${String(i + 1).padStart(6, '0')}`,
      primaryProviderId: ids.provider(provider),
      ...(BILLING_SUSPENDED[key] ? { status: 'BILLING_SUSPENDED' as const, billingSuspendedUntil: day(BILLING_SUSPENDED[key]) } : {}),
    })),
  });
  await prisma.practiceSite.createMany({
    data: PHYSICIANS.flatMap(([key, provider, , , , others]) => [
      { physicianId: ids.physician(key), providerId: ids.provider(provider), isPrimary: true, startsOn: day('2015-01-01') },
      ...(others ?? []).map((site) => ({ physicianId: ids.physician(key), providerId: ids.provider(site), isPrimary: false, startsOn: day('2019-04-01') })),
    ]),
  });
  // Ma'anshan's sign-in duty for multi-site physicians (since 2019-04-01, S2 (docs/domain/sources.md)); the
  // 2026-10-17 sign-out is contradicted by the records (see the SIGN_IN_RECORD_MISMATCH finding).
  await prisma.practiceSignIn.createMany({
    data: [
      ['mas-demo-hospital', '2026-10-10T08:00:00', '2026-10-10T11:30:00'],
      ['mas-demo-tcm', '2026-10-13T14:00:00', '2026-10-13T17:00:00'],
      ['mas-demo-hospital', '2026-10-17T08:00:00', '2026-10-17T10:00:00'],
      ['mas-demo-tcm', '2026-11-21T14:00:00', null],
    ].map(([site, inAt, outAt]) => ({
      physicianId: ids.physician('doc-wang'), providerId: ids.provider(site!), signedInAt: cst(inAt!), signedOutAt: outAt ? cst(outAt) : null,
    })),
  });
  await prisma.partner.createMany({
    data: PARTNERS.map(([key, code, nameZh, nameEn, kind, uscc]) => ({ id: ids.partner(key), code, nameZh, nameEn, kind, unifiedSocialCreditCode: uscc })),
  });
  await prisma.insuredPerson.createMany({
    data: INSURED.map(([key, insurer, nameZh, birth, until], i) => ({
      id: ids.insured(key), insurerId: ids.insurer(insurer), nameZh,
      idNumber: `${insurerByKey.get(insurer)![4]}${birth}${String(990 - i).padStart(3, '0')}X`,
      settlementSuspendedUntil: until ? day(until) : null,
    })),
  });
}

/** Catalogue codes the simulated claims use, and the knowledge entries that restrict them. */
export const CODES = {
  plainDrugs: Array.from({ length: 200 }, (_, i) => `XW-${String(i + 1).padStart(4, '0')}`),
  femaleOnly: 'XK-MIFEPRISTONE',
  childOnly: 'XK-PAED-SYRUP',
  surgery: ['331001001', '331001002'] as const,
  workInjuryOnly: 'XK-WI-BURN',
  quantityLimited: 'XK-OMEPRAZOLE',
  diabetesOnly: 'XK-ACARBOSE',
  notCovered: 'XK-BEAUTY',
  priced: 'XK-STENT-DRUG',
};

/** Knowledge entries as `importKnowledge` takes them (national-batch shape). */
export const KNOWLEDGE = [
  { kind: 'SEX_RESTRICTION', catalogueCode: CODES.femaleOnly, nameZh: '米非司酮片', nameEn: 'Mifepristone tablets', sex: 'FEMALE', batch: '国家第一批' },
  { kind: 'CHILD_ONLY', catalogueCode: CODES.childOnly, nameZh: '小儿止咳糖浆', nameEn: 'Paediatric cough syrup', maxAgeYears: 14, batch: '国家第一批' },
  { kind: 'SURGERY_DISCOUNT', catalogueCode: CODES.surgery[0], nameZh: '腹腔镜胆囊切除术', nameEn: 'Laparoscopic cholecystectomy', priceFen: 120000, discountPercent: 50, batch: '国家第二批' },
  { kind: 'SURGERY_DISCOUNT', catalogueCode: CODES.surgery[1], nameZh: '腹腔镜胆总管探查术', nameEn: 'Laparoscopic common bile duct exploration', priceFen: 100000, discountPercent: 50, batch: '国家第二批' },
  { kind: 'INSURANCE_TYPE_RESTRICTION', catalogueCode: CODES.workInjuryOnly, nameZh: '烧伤专用敷料', nameEn: 'Burn dressing', insuranceTypes: ['WORK_INJURY'], batch: '国家第三批' },
  { kind: 'QUANTITY_LIMIT', catalogueCode: CODES.quantityLimited, nameZh: '奥美拉唑肠溶胶囊', nameEn: 'Omeprazole enteric-coated capsules', maxQuantity: '28', maxDaysSupply: 30 },
  { kind: 'INDICATION', catalogueCode: CODES.diabetesOnly, nameZh: '阿卡波糖片', nameEn: 'Acarbose tablets', icd10Prefixes: ['E11', 'E14'] },
  { kind: 'NOT_COVERED', catalogueCode: CODES.notCovered, nameZh: '美容项目', nameEn: 'Cosmetic procedures' },
  { kind: 'PAYMENT_STANDARD', catalogueCode: CODES.priced, nameZh: '药物洗脱支架', nameEn: 'Drug-eluting stent', priceFen: 2500 },
  { kind: 'CATEGORY_DIAGNOSIS', catalogueCode: 'CHRONIC_DISEASE', nameZh: '门诊慢特病', nameEn: 'Outpatient chronic and special diseases', icd10Prefixes: ['I10', 'E11', 'E14', 'N18'] },
] as const;

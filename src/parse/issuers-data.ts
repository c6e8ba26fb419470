/**
 * Who issues Chinese plans, laws and reports: regions, national bodies and the prefixes of document
 * numbers (发文字号), as data a reader can extend. `issuer.ts` reads documents with these tables.
 */

/** A province-level region: its full name, the shorter names a text may use, and its one-character abbreviation. */
export interface RegionEntry {
  /** Full name (`浙江省`, `北京市`, `广西壮族自治区`). */
  name: string;
  /** Other names met in titles and lines (`浙江`, `广西`). */
  short: readonly string[];
  /** The abbreviation document numbers begin with (`浙`, `沪`, `京`). */
  abbr: string;
  /** A municipality directly under the central government (its bureaus are 委员会/局, not 厅). */
  city: boolean;
}

/** The 34 province-level regions. */
export const REGIONS: readonly RegionEntry[] = [
  { name: '北京市', short: ['北京'], abbr: '京', city: true },
  { name: '天津市', short: ['天津'], abbr: '津', city: true },
  { name: '上海市', short: ['上海'], abbr: '沪', city: true },
  { name: '重庆市', short: ['重庆'], abbr: '渝', city: true },
  { name: '河北省', short: ['河北'], abbr: '冀', city: false },
  { name: '山西省', short: ['山西'], abbr: '晋', city: false },
  { name: '辽宁省', short: ['辽宁'], abbr: '辽', city: false },
  { name: '吉林省', short: ['吉林'], abbr: '吉', city: false },
  { name: '黑龙江省', short: ['黑龙江'], abbr: '黑', city: false },
  { name: '江苏省', short: ['江苏'], abbr: '苏', city: false },
  { name: '浙江省', short: ['浙江'], abbr: '浙', city: false },
  { name: '安徽省', short: ['安徽'], abbr: '皖', city: false },
  { name: '福建省', short: ['福建'], abbr: '闽', city: false },
  { name: '江西省', short: ['江西'], abbr: '赣', city: false },
  { name: '山东省', short: ['山东'], abbr: '鲁', city: false },
  { name: '河南省', short: ['河南'], abbr: '豫', city: false },
  { name: '湖北省', short: ['湖北'], abbr: '鄂', city: false },
  { name: '湖南省', short: ['湖南'], abbr: '湘', city: false },
  { name: '广东省', short: ['广东'], abbr: '粤', city: false },
  { name: '海南省', short: ['海南'], abbr: '琼', city: false },
  { name: '四川省', short: ['四川'], abbr: '川', city: false },
  { name: '贵州省', short: ['贵州'], abbr: '黔', city: false },
  { name: '云南省', short: ['云南'], abbr: '云', city: false },
  { name: '陕西省', short: ['陕西'], abbr: '陕', city: false },
  { name: '甘肃省', short: ['甘肃'], abbr: '甘', city: false },
  { name: '青海省', short: ['青海'], abbr: '青', city: false },
  { name: '台湾省', short: ['台湾'], abbr: '台', city: false },
  { name: '内蒙古自治区', short: ['内蒙古'], abbr: '蒙', city: false },
  { name: '广西壮族自治区', short: ['广西'], abbr: '桂', city: false },
  { name: '西藏自治区', short: ['西藏'], abbr: '藏', city: false },
  { name: '宁夏回族自治区', short: ['宁夏'], abbr: '宁', city: false },
  { name: '新疆维吾尔自治区', short: ['新疆'], abbr: '新', city: false },
  { name: '香港特别行政区', short: ['香港'], abbr: '港', city: false },
  { name: '澳门特别行政区', short: ['澳门'], abbr: '澳', city: false },
];

/** The region of national bodies. */
export const NATIONAL = '全国';

/** A national body: its name, the other names texts use, and the prefixes of its document numbers. */
export interface BodyEntry {
  /** Canonical name (`科学技术部`). */
  name: string;
  /** Other names (`科技部`). */
  aliases: readonly string[];
  /** Document-number prefixes (`国科发` in 国科发规〔2023〕41号). */
  prefixes: readonly string[];
}

/** National bodies (region `全国`). */
export const NATIONAL_BODIES: readonly BodyEntry[] = [
  { name: '中共中央', aliases: [], prefixes: ['中发'] },
  { name: '中共中央办公厅', aliases: [], prefixes: ['中办发'] },
  { name: '全国人民代表大会常务委员会', aliases: ['全国人大常委会'], prefixes: [] },
  { name: '国务院办公厅', aliases: [], prefixes: ['国办发', '国办函'] },
  { name: '国务院', aliases: ['中华人民共和国国务院'], prefixes: ['国发', '国函', '国令'] },
  { name: '科学技术部', aliases: ['科技部'], prefixes: ['国科发', '国科办', '国科'] },
  { name: '工业和信息化部', aliases: ['工信部'], prefixes: ['工信部', '工信厅'] },
  { name: '国家发展和改革委员会', aliases: ['国家发展改革委', '国家发改委', '发展改革委'], prefixes: ['发改'] },
  { name: '教育部', aliases: [], prefixes: ['教'] },
  { name: '财政部', aliases: [], prefixes: ['财'] },
  { name: '农业农村部', aliases: [], prefixes: ['农'] },
  { name: '商务部', aliases: [], prefixes: ['商'] },
  { name: '人力资源和社会保障部', aliases: ['人力资源社会保障部', '人社部'], prefixes: ['人社部'] },
  { name: '生态环境部', aliases: [], prefixes: ['环'] },
  { name: '应急管理部', aliases: [], prefixes: ['应急'] },
  { name: '自然资源部', aliases: [], prefixes: ['自然资'] },
  { name: '住房和城乡建设部', aliases: ['住房城乡建设部'], prefixes: ['建'] },
  { name: '交通运输部', aliases: [], prefixes: ['交'] },
  { name: '水利部', aliases: [], prefixes: ['水'] },
  { name: '国家卫生健康委员会', aliases: ['国家卫生健康委', '国家卫健委'], prefixes: ['国卫'] },
  { name: '国家市场监督管理总局', aliases: ['市场监管总局'], prefixes: ['国市监'] },
  { name: '国家知识产权局', aliases: [], prefixes: ['国知发'] },
  { name: '中国人民银行', aliases: ['人民银行'], prefixes: ['银发'] },
  { name: '中国科学院', aliases: ['中科院'], prefixes: ['科发'] },
  { name: '中国工程院', aliases: [], prefixes: [] },
  { name: '国家自然科学基金委员会', aliases: ['自然科学基金委'], prefixes: [] },
];

/**
 * The organ part of a regional document number after the region's abbreviation (`府办` in 沪府办发),
 * with the body it names in a province and in a municipality.
 * Note: longest first, so `府办` wins over `府`.
 */
export const REGIONAL_ORGANS: ReadonlyArray<{ prefix: string; province: string; city: string }> = [
  { prefix: '府办', province: '人民政府办公厅', city: '人民政府办公厅' },
  { prefix: '政办', province: '人民政府办公厅', city: '人民政府办公厅' },
  { prefix: '发改', province: '发展和改革委员会', city: '发展和改革委员会' },
  { prefix: '经信', province: '经济和信息化厅', city: '经济和信息化局' },
  { prefix: '府', province: '人民政府', city: '人民政府' },
  { prefix: '政', province: '人民政府', city: '人民政府' },
  { prefix: '科', province: '科学技术厅', city: '科学技术委员会' },
  { prefix: '教', province: '教育厅', city: '教育委员会' },
  { prefix: '财', province: '财政厅', city: '财政局' },
  { prefix: '农', province: '农业农村厅', city: '农业农村委员会' },
];

/** How the name of a body ends (`…人民政府`, `…科学技术委员会`, `…厅`): a 发布机构 value or signature line that is a body. */
export const BODY_SUFFIX = /(?:人民政府(?:办公厅)?|人民代表大会常务委员会|委员会|办公厅|厅|局|部|院|委)$/u;

/**
 * Words that carry no subject matter in a law or plan clause: modal and function words, and the
 * boilerplate of legal drafting. Shared words among these are no evidence that two clauses are the
 * same provision. A data table: edit freely.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  '应当', '可以', '必须', '不得', '负责', '按照', '依照', '根据', '有关', '规定', '本法', '本条例', '条例', '办法',
  '或者', '以及', '并且', '并', '和', '与', '及', '等', '的', '对', '在', '为', '由', '其', '其他', '各级', '各类',
  '国家', '人民政府', '部门', '单位', '组织', '个人', '工作', '活动', '依法', '予以', '给予', '进行', '开展', '加强',
  '支持', '鼓励', '推动', '促进', '建立', '完善', '提高', '相关', '具体', '一', '二', '三', '项', '款', '条',
  // a definition's frame (`（以下简称在先申请）`): the defined words themselves still count
  '以下', '简称',
]);

/** Words after which a clause's subject ends (`科学研究和技术开发机构、高等学校应当…`). */
export const SUBJECT_ENDS = ['应当', '负责', '可以', '必须', '不得', '有权', '应'] as const;

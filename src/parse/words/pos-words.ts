/**
 * Word lists that correct or complete jieba's part-of-speech tags where plans use a word in a way its
 * dictionary does not know (`新建` tagged as a place name, `做强` unknown), as data.
 */

/** Verbs of plans that jieba tags otherwise (or does not know). */
export const VERB_WORDS: ReadonlySet<string> = new Set([
  '新建', '新改建', '改扩建', '新改扩建', '改建', '扩建', '续建', '新开工', '开工', '建成', '建好', '做强', '做优', '做大', '做优做强',
  '做大做强', '打通', '抓好', '办好', '用好', '管好', '新引进', '引进', '培育', '新培育', '新认定', '认定', '新设', '设立', '实施',
  '推进', '推动', '支持', '完成', '新增', '增加', '建设', '打造', '组建', '创建', '布局', '发放', '发行', '安排', '惠及', '带动',
  '吸引', '开展', '举办', '服务', '帮扶', '改造', '提升', '升级', '新开通', '开通', '新投运', '投运', '建立', '形成', '落地',
  // Tagged as an adjective (严守) or unknown (守牢, 引育: 引进培育) by jieba.
  '严守', '守牢', '引育',
]);

/** Nouns of plans that jieba tags as verbs (`带宽/v`): read as nouns. */
export const NOUN_WORDS: ReadonlySet<string> = new Set(['带宽']);

/**
 * Verbs that need an object to say what the persons counted did (`吸纳超100万名`, `覆盖…人`, `…5.2亿人次参与`:
 * in what, is said elsewhere), light verbs (`有`, `进行`) and verbs of change (`增至951万户`): besides the plan
 * verbs above, none names what a count of persons did (as `就业`, `参保`, `受益` do).
 */
export const OBJECT_COUNT_VERBS: ReadonlySet<string> = new Set([
  '吸纳', '引导', '覆盖', '涉及', '包括', '有', '是', '让', '使', '进行', '组织', '动员', '参与', '参加', '接受', '享受', '获得',
  '增至', '增到', '降至', '降到', '达', '达到', '超过', '突破', '增长', '增加', '提高', '提升', '下降', '降低', '减少', '上升', '扩大',
]);

/**
 * Words that are never a metric on their own: prepositions, pronouns, conjunctions and time words
 * (`在`, `为`, `其中`, `我们`, `当年`), besides the verbs above.
 */
export const NOT_METRIC_WORDS: ReadonlySet<string> = new Set([
  '在', '为', '对', '向', '从', '由', '把', '将', '以', '按', '与', '和', '及', '并', '同', '给', '被', '于', '至', '到', '达', '达到',
  '其', '其中', '这', '该', '此', '这些', '那些', '我们', '我省', '我市', '我国', '全省', '全市', '全国', '各地', '共', '总计', '合计',
  '当年', '全年', '今年', '去年', '上年', '同期', '年均', '平均', '分别', '累计', '约', '近', '超', '超过', '突破', '新', '再', '又',
  '还', '均', '各', '每', '第', '等', '个', '了', '的',
]);

/**
 * Words of web-page chrome and scraper metadata around a plan: what a page copied as text or saved by
 * a scraper puts before and after the plan itself. Data, edited here only (wrapper.ts reads it).
 */

/** Controls of a web page, each one on its own line when copied (`下载`, `【字号：`, `打印本页`). */
export const CHROME_WORDS: readonly string[] = [
  '下载', '打印', '打印本页', '全屏', '收藏', '字号', '字体', '分享', '分享到', '关闭', '关闭窗口', '返回顶部',
  '扫一扫', '扫一扫在手机打开当前页', '手机打开当前页', '相关链接', '相关附件', '相关报道', '相关文章', '相关新闻',
  '原文下载', '附件下载', '微信', '微博', 'QQ空间',
];

/** Font-size and similar choices under a chrome control: chrome only next to a control (`大`, `中`, `小`). */
export const CHROME_CHOICES: readonly string[] = ['大', '中', '小', '加大', '还原', '减小', '默认', '标准'];

/** Keys of a `key：value` metadata line (`来源：安徽日报`, `**发布日期**: 2025-01-10`). */
export const METADATA_KEYS: readonly string[] = [
  '发布日期', '发布时间', '发布机构', '发文机关', '发文字号', '成文日期', '生效日期', '实施日期', '原文链接', '原文地址',
  '检索时间', '检索关键词', '关键词', '主题词', '分类', '主题分类', '来源', '信息来源', '文章来源', '时间', '更新时间',
  '责任编辑', '编辑', '作者', '索引号', '文号', '浏览次数', '点击数', '阅读次数', '字号', '字体', '分享',
];

/** Headings a scraper puts over the plan (`## 政策全文`, `### 基本信息`): labels of the page, not of the plan. */
export const WRAPPER_HEADINGS: readonly string[] = ['政策全文', '基本信息', '正文', '全文', '原文', '政策原文', '文件全文'];

/** Extensions of a downloadable file named on a line of its own (`…的通知.pdf`). */
export const FILE_EXTENSIONS: readonly string[] = ['pdf', 'doc', 'docx', 'wps', 'ofd', 'xls', 'xlsx', 'zip', 'rar'];

/**
 * The heading of a glossary, the back matter that explains a text's terms: alone on its line
 * (`名词解释`, `附件2 名词解释`, `注释：`). The outline gives it a top-level node of its own, like an annex;
 * the target reader reads its numbers as references (`"六横"指…6个工程` defines a term, it sets no goal).
 */
export const GLOSSARY = /^\s*(?:附件\s*[\d一二三四五六七八九十]*\s*)?(?:名词解释|名词注释|名词说明|术语解释|注释|注解|附注)\s*[:：]?\s*$/u;

import { describe, expect, it } from 'vitest';
import { detectIssuer } from '../../src/parse/issuer.js';

const read = (text: string, title: string | null = null, period: { start: number; end: number } | null = null) => {
  const i = detectIssuer(text, { title, period });
  return i && [i.name, i.region, i.coIssuers, i.year, i.source];
};

describe('detectIssuer', () => {
  it.each([
    ['国科发规〔2023〕41号 → 科学技术部', '科技部等印发《工作方案》的通知\n国科发规〔2023〕41号\n各有关单位:', ['科学技术部', '全国', [], 2023, 'number']],
    ['沪府办发 → 上海市人民政府办公厅', '上海市人民政府办公厅关于印发…的通知\n沪府办发〔2023〕19号', ['上海市人民政府办公厅', '上海市', [], 2023, 'number']],
    ['工信部联科 → 工业和信息化部', '# 工业和信息化部等七部门关于推动未来产业创新发展的实施意见\n工信部联科〔2024〕12号', ['工业和信息化部', '全国', [], 2024, 'number']],
    ['浙政发 → 浙江省人民政府', '浙政发〔2022〕3号\n各市、县人民政府：', ['浙江省人民政府', '浙江省', [], 2022, 'number']],
    ['a national work report: 我代表国务院', '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。', ['国务院', '全国', [], 2024, 'lines']],
    ['a provincial work report: region from the title, body from 我代表省人民政府', '2025年浙江省政府工作报告\n来源：浙江日报\n各位代表：\n现在，我代表省人民政府向大会报告工作。', ['浙江省人民政府', '浙江省', [], 2025, 'lines']],
    ['a provincial report under a bare title: region from the delivery line', '政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n现在，我代表省人民政府，向大会报告工作。', ['广东省人民政府', '广东省', [], 2026, 'lines']],
    ['a regional regulation: adopted by the standing committee', '# 上海市促进科技成果转化条例\n2017年4月20日 上海市第十四届人民代表大会常务委员会第三十七次会议通过\n第一条 为了…', ['上海市人民代表大会常务委员会', '上海市', [], 2017, 'lines']],
    ['a national law, revised: the latest date', '# 中华人民共和国科学技术普及法\n2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过\n2024年12月25日 第十四届全国人民代表大会常务委员会第十三次会议修订', ['全国人民代表大会常务委员会', '全国', [], 2024, 'lines']],
    ['joint issuers on a signature line', '关于印发工作方案的通知\n国科发规〔2023〕41号\n科技部 北京市人民政府 国家发展改革委 教育部\n正文。', ['科学技术部', '全国', ['北京市人民政府', '国家发展和改革委员会', '教育部'], 2023, 'number']],
    ['a scraper 发布机构 naming a body', '# 关于印发方案的通知\n**发布日期**: 2025-01-10\n**发布机构**: 上海市科学技术委员会', ['上海市科学技术委员会', '上海市', [], 2025, 'metadata']],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a city: its work report, congress and mayor (not the nation, not its province)', () => {
    expect(read('2025年杭州市政府工作报告\n2025年1月15日在杭州市第十四届人民代表大会第五次会议上\n现在，我代表市人民政府，向大会报告工作。')).toEqual(['杭州市人民政府', '杭州市', [], 2025, 'lines']);
    expect(read('各位代表：\n现在，我代表市人民政府，向大会报告工作。', '政府工作报告')).toBeNull();
  });
  it("a city's regulation is issued by the city's standing committee, not the province's that approved it", () => {
    const text = '# 杭州市城市绿化管理条例\n2019年10月30日 杭州市第十三届人民代表大会常务委员会第二十三次会议通过\n2019年11月29日 浙江省第十三届人民代表大会常务委员会第十五次会议批准\n第一条 为了…';
    expect(read(text)).toEqual(['杭州市人民代表大会常务委员会', '杭州市', [], 2019, 'lines']);
  });
  it('assumes the region government when only the region is named', () => {
    expect(read('正文。', '北京市联合实验室建设行动计划（2024-2027年）')).toEqual(['北京市人民政府', '北京市', [], null, 'region']);
  });
  it('names no issuer when nothing does (a 发布机构 that is no body, no region)', () => {
    expect(read('第一条 为了加强管理，制定本条例。')).toBeNull();
    expect(read('**发布机构**: 加快布局\n正文。')).toBeNull();
  });
  it("takes a yearly report's period as its year when no line dates it", () => {
    expect(read('各位代表：\n现在，我代表国务院，向大会报告政府工作。', null, { start: 2025, end: 2025 })).toEqual(['国务院', '全国', [], 2025, 'lines']);
  });
});

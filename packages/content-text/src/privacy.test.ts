import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { containsPersonalData, findPersonalData, maskPersonalData } from "./privacy";

describe("maskPersonalData", () => {
  it.each([
    ["联系电话13812345678，谢谢", "联系电话***********，谢谢"],
    ["手机 +86 138-1234-5678", "手机 +** ***-****-****"],
    ["座机（0731）84567890转123", "座机（****）********转***"],
    ["电话0731-84567890", "电话****-********"],
    ["办公室电话：8456789", "办公室电话：*******"],
    ["身份证号43010219900307123X。", "身份证号******************。"],
    ["旧身份证430102900307123", "旧身份证***************"],
    ["卡号 6222 0212 3456 7890 123", "卡号 **** **** **** **** ***"],
    ["卡号6222021234567890123", "卡号*******************"],
    ["请发邮件到 zhang.san@example.com 联系", "请发邮件到 *****.***@*******.*** 联系"],
    ["家住A市A3区银杉路559号岳银欣苑", "家住A市A3区银杉路***号岳银欣苑"],
    ["熊家湾小区3栋2单元301室漏水", "熊家湾小区*栋*单元***室漏水"],
    ["我住三单元502室", "我住*单元***室"],
    ["碧水龙庭10栋602房", "碧水龙庭**栋***房"],
    ["珠江俪城31栋103业主", "珠江俪城**栋***业主"],
    ["东茅街78号下水道", "东茅街**号下水道"],
    // As people type addresses: spaces around the numbers, full-width digits.
    ["住在松石北路 168 号 3 栋 2 单元 501 室", "住在松石北路 *** 号 * 栋 * 单元 *** 室"],
    ["住在松石北路１６８号３栋２单元５０１室", "住在松石北路***号*栋*单元***室"],
    ["家住大坪正街 118 号 5 栋，联系电话 13983000001", "家住大坪正街 *** 号 * 栋，联系电话 ***********"],
    ["我住 3 单元 502 室", "我住 * 单元 *** 室"],
    ["阳光小区 12 栋 1 单元 3 楼", "阳光小区 ** 栋 * 单元 * 楼"],
    // Salutations: the given name goes, the surname and the title stay; a surname alone stays.
    ["张三同志：您好！来信收悉。", "张*同志：您好！来信收悉。"],
    ["李小明先生您好，您反映的问题", "李**先生您好，您反映的问题"],
    ["尊敬的王某某：您好！", "尊敬的王**：您好！"],
    ["尊敬的刘红女士：", "尊敬的刘*女士："],
    ["王女士：您好！", "王女士：您好！"],
    ["张先生您好，感谢来信", "张先生您好，感谢来信"],
  ])("masks %s", (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    "2023年3月15日以来",
    "根据第3号文件和〔2019〕12号通知",
    "乘坐地铁3号线到桂花坪街道",
    "投资3000万元，建了两栋楼，共1200户",
    "2019-04-25 09:32:09 提交",
    "热线12345",
    "水4.23一吨，电0.64一度，保证金20万",
    "A市A2区桂花坪街道景蓉华苑小区",
    "A市地铁轨道8号线北段，小区有11栋楼，商品房4栋",
    "根据〔2024〕12号文件，2024 年 3 月 15 日起执行",
    "沿松石北路往南到大坪正街，乘地铁 3 号线",
    "县委书记赵玉同志高度重视，副县长刘兵大同志组织调查",
    "市民同志：你好！各位同志：",
    "尊敬的胡书记：您好！尊敬的周县长，你好",
    "周一：闭馆；周二至周日：9:00—17:00",
    "如有疑问请拨打 12345 或 400-123-4567",
  ])("leaves ordinary text alone: %s", (input) => {
    expect(findPersonalData(input)).toEqual([]);
    expect(maskPersonalData(input)).toBe(input);
  });

  it("masks the writer's known name wherever it stands, keeping the surname", () => {
    const options = { names: ["张三", null, "李"] };
    expect(maskPersonalData("我是张三，张三的邻居李四也反映过", options)).toBe(
      "我是张*，张*的邻居李四也反映过",
    );
    expect(maskPersonalData("欧阳娜娜反映", { names: ["欧阳娜娜"] })).toBe("欧***反映");
    expect(findPersonalData("张三", options).map((span) => span.kind)).toEqual(["name"]);
  });

  it("keeps an office's telephone numbers in a unit's reply when asked to", () => {
    const reply =
      "张三同志：您好！如有疑问请致电 023-67891234（工作日），或拨打 12345。您留的手机 13812345678 已登记。";
    expect(maskPersonalData(reply, { keep: ["landline"] })).toBe(
      "张*同志：您好！如有疑问请致电 023-67891234（工作日），或拨打 12345。您留的手机 *********** 已登记。",
    );
    expect(maskPersonalData("电话：8456789", { keep: ["landline"] })).toBe("电话：8456789");
    expect(maskPersonalData("如有疑问请致电 023-67891234")).toBe("如有疑问请致电 ***-********");
  });

  it("keeps positions of full-width digits and reports kinds", () => {
    const spans = findPersonalData("电话：１３８１２３４５６７８，邮箱 a@b.cn");
    expect(spans.map((span) => span.kind)).toEqual(["mobile", "email"]);
    expect(spans[0]?.text).toBe("１３８１２３４５６７８");
    expect(maskPersonalData("电话：１３８１２３４５６７８")).toBe("电话：***********");
    expect(containsPersonalData("无个人信息")).toBe(false);
    expect(maskPersonalData(null)).toBeNull();
  });
});

// Real messages and replies (../shared/data/letters, local testing only; absent in CI clones).
const REPLIES = fileURLToPath(
  new URL("../../../../shared/data/letters/fujian4_messages_replies.csv", import.meta.url),
);
const present = existsSync(REPLIES);
if (!present) console.warn(`[content-text] 跳过真实信件脱敏测试：未找到 ${REPLIES}`);

describe.skipIf(!present)("on the real letters and replies", () => {
  it("removes every phone number and house number while keeping years and document numbers", () => {
    const rows = parse(readFileSync(REPLIES, "utf8"), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.length).toBeGreaterThan(2000);
    const texts = rows.flatMap((row) => [row.留言主题 ?? "", row.留言详情 ?? "", row.答复意见 ?? ""]);
    const phone = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[-－—]\d{7,8})(?!\d)/;
    const houseNumber = /[路街巷]\d+号(?!线)/;
    const years = /(?:19|20)\d{2}年/g;
    const docNumbers = /第\d+号|\d+号线/g;
    let maskedTexts = 0;
    let withPhone = 0;
    for (const text of texts) {
      const masked = maskPersonalData(text);
      if (masked !== text) maskedTexts += 1;
      if (phone.test(text)) withPhone += 1;
      expect(masked.length).toBe(text.length);
      expect(masked).not.toMatch(phone);
      expect(masked).not.toMatch(houseNumber);
      expect(masked.match(years) ?? []).toEqual(text.match(years) ?? []);
      expect(masked.match(docNumbers) ?? []).toEqual(text.match(docNumbers) ?? []);
    }
    // The data does hold telephone numbers (mostly of offices, in replies) and addresses; most texts hold neither.
    expect(withPhone).toBeGreaterThan(100);
    expect(maskedTexts).toBeGreaterThan(withPhone);
    expect(maskedTexts).toBeLessThan(texts.length / 2);
  });
});

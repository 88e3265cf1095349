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
    // Accounts after the word naming them, plates, house numbers with 附.
    ["加我微信号zhangsan_cq88联系", "加我微信号*************联系"],
    ["微信：wxid_ab12cd34，VX zs-1988", "微信：*************，VX *******"],
    ["微信号：12345678", "微信号：********"],
    ["QQ 12345678", "QQ ********"],
    ["QQ号：12345678，扣扣 1234567", "QQ号：********，扣扣 *******"],
    ["车牌渝A12345被拖走", "车牌渝A*****被拖走"],
    ["新能源车渝AD12345、京A·F1234挂", "新能源车渝A******、京A·*****挂"],
    ["渝 a 12345", "渝 a *****"],
    ["住在民族路附1号", "住在民族路附*号"],
    ["中山路188号附3号2单元301室", "中山路***号附*号*单元***室"],
    ["邮箱zhangsan@example.com", "邮箱********@*******.***"],
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
    "请加入业主QQ群反映问题，QQ群号123456，2024年起执行",
    "关注微信公众号“重庆发布”，或在微信 WeChat 小程序办理，微信群里有通知",
    "根据渝委发〔2024〕12号文件和渝府办〔2023〕5号通知",
    "湘ICP备2021012345号-1，京公网安备11010502030143号",
    "车辆在渝A区域停放，川AB两地通行",
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

  it("masks the writer's own landline in a reply that keeps the office's, however it is written", () => {
    const letter = ["座机023-63891234被骚扰", "家住解放碑路88号3单元502室，微信zhangsan_cq88"];
    const options = { keep: ["landline" as const], alsoMaskFrom: [...letter, null] };
    expect(maskPersonalData("请拨打 023-63891234 联系您，咨询请致电 023-67891234。", options)).toBe(
      "请拨打 ***-******** 联系您，咨询请致电 023-67891234。",
    );
    expect(maskPersonalData("您的电话：63891234", options)).toBe("您的电话：********");
    expect(maskPersonalData("（023）63891234", options)).toBe("（***）********");
    // Without the letter the same number is kept, as any office number would be.
    expect(maskPersonalData("请拨打 023-63891234", { keep: ["landline"] })).toBe("请拨打 023-63891234");
  });

  it("finds in a text what repeats the writer's data when everything else is kept", () => {
    const letter = ["我叫张三，手机13800138001，家住解放碑路88号，邮箱zhangsan@example.com，车牌渝A12345"];
    const kinds = ["mobile", "landline", "bank_card", "email", "wechat", "qq", "plate", "address"] as const;
    const repeated = (text: string) =>
      findPersonalData(text, { keep: kinds, alsoMaskFrom: letter }).map((span) => span.kind);
    expect(repeated("请拨打 138 0013 8001 或 +86 13800138001")).toEqual(["mobile", "mobile"]);
    expect(repeated("已回复至 ZhangSan@Example.com，渝A·12345 已解除")).toEqual(["email", "plate"]);
    // The same house with its room; the same road and number.
    expect(repeated("经查解放碑路88号3单元502室")).toEqual(["address"]);
    // Someone else's number, the office's address, another road's 88号, an ID number (never kept).
    expect(repeated("工作人员13900000000，地址人民路1号，中山路88号")).toEqual([]);
    expect(repeated("身份证号43010219900307123X")).toEqual(["id_number"]);
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

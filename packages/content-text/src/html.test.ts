import { describe, expect, it } from "vitest";
import { htmlToText } from "./html";

describe("htmlToText", () => {
  it("puts each paragraph, heading and list item on its own line", () => {
    const html =
      "<h2>市委常委会召开会议</h2><p>　　会议传达学习了全省防汛工作会议精神。</p>" +
      "<p>会议强调：</p><ul><li>压实防汛责任；</li><li>加强监测预警。</li></ul>";
    expect(htmlToText(html)).toBe(
      "市委常委会召开会议\n会议传达学习了全省防汛工作会议精神。\n会议强调：\n压实防汛责任；\n加强监测预警。",
    );
  });

  it("decodes entities, turns <br> into a line break and keeps inline markup's text", () => {
    const html =
      "<p>“十四五”规划&nbsp;&amp;&nbsp;2035年远景目标<br>第<strong>一</strong>部分 &lt;总则&gt;</p>";
    expect(htmlToText(html)).toBe("“十四五”规划 & 2035年远景目标\n第一部分 <总则>");
  });

  it("drops script, style and other non-text content", () => {
    const html =
      "<style>p{color:red}</style><p>正文<script>alert('x')</script>内容</p><noscript>请启用脚本</noscript>";
    expect(htmlToText(html)).toBe("正文内容");
  });

  it("collapses whitespace without putting spaces between Chinese characters", () => {
    const html =
      "<p>党的二十大\n    报告指出，\t要坚持   以人民为中心。</p><p>Open   Source\nSoftware 开源软件</p>";
    expect(htmlToText(html)).toBe("党的二十大报告指出，要坚持以人民为中心。\nOpen Source Software 开源软件");
  });

  it("keeps table cells apart and rows on separate lines", () => {
    const html =
      "<table><tr><th>项目</th><th>金额</th></tr><tr><td>减税降费</td><td>12亿元</td></tr></table>";
    expect(htmlToText(html)).toBe("项目 金额\n减税降费 12亿元");
  });

  it("keeps the line breaks of preformatted text and tolerates broken markup", () => {
    expect(htmlToText("<pre>第一行\n第二行</pre>")).toBe("第一行\n第二行");
    expect(htmlToText("<p>未闭合的段落<p>第二段<div>块")).toBe("未闭合的段落\n第二段\n块");
    expect(htmlToText("")).toBe("");
    expect(htmlToText("<p> </p><p>&nbsp;</p>")).toBe("");
  });
});

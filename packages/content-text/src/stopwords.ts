// Function words and words so common in news and government copy that they say nothing about a text.
// Used for keywords, summaries and SimHash — never for search, where every word must stay findable.
const FUNCTION_WORDS = `
的 地 得 了 着 过 和 与 及 或 而 并 且 也 又 还 都 就 才 却 但 则 即 把 被 让 给 对 向 从 自 于 以 为 在 按
由 因 至 到 比 跟 同 之 其 此 该 各 每 某 本 这 那 哪 谁 啥 我 你 他 她 它 们 是 有 无 没 不 非 很 更 最 太 再
已 曾 将 会 能 可 要 应 该 需 得 等 个 些 种 次 位 名 项 件 条 年 月 日 时 分 秒 中 上 下 内 外 前 后 里 间 来 去
一 二 三 四 五 六 七 八 九 十 百 千 万 亿 第 多 少 几 啊 吗 呢 吧 呀 哦 嗯 么 如 若 所 乃 亦 皆 仍 均 约 近
我们 你们 他们 她们 它们 咱们 大家 自己 这个 那个 这些 那些 这里 那里 这样 那样 这种 那种 如此 其中 其他 其它
一个 一些 一切 一种 一样 一起 一直 一定 一般 一方面 另一方面 不仅 而且 并且 或者 还是 以及 及其 以便 以免
因为 所以 因此 由于 但是 可是 然而 不过 虽然 尽管 即使 如果 假如 只要 只有 除了 除此之外 并非 而是 就是
于是 然后 接着 同时 此外 另外 总之 例如 比如 包括 通过 根据 按照 依照 为了 关于 对于 至于 随着 作为 成为
进行 开展 进一步 加以 予以 给予 具有 没有 不是 可以 可能 能够 应该 应当 需要 必须 已经 曾经 正在 将要 就要
目前 现在 当前 今天 今年 去年 明年 近日 日前 近年来 以来 以上 以下 之一 之间 之后 之前 之中 方面 有关 相关
什么 怎么 怎样 如何 为什么 多少 哪些 任何 所有 整个 各种 各类 各项 各级 有些 有的 许多 很多 不少 部分
我国 我省 我市 我县 我区 当地 全市 全省 确保 坚持 推动 推进 加强 加快 持续 不断 积极 深入 全面 切实 认真 落实
表示 指出 强调 认为 提出 介绍 说 称 据悉 据了解 记者 报道 消息 新闻 本报讯 央视网 新华社 电 讯
`;

export const STOPWORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

import { Tag } from "antd";

/** Marks rows seeded as demo data, so nobody mistakes them for a real unit's content. */
export function DemoTag({ isDemo }: { isDemo: boolean }) {
  return isDemo ? <Tag color="orange">示例数据</Tag> : null;
}

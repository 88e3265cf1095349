import { useQuery } from "@apollo/client/react";
import { Alert } from "antd";
import { RecycleBinRetentionDocument } from "../graphql/recycleBinRetention";

/** The recycle bin's retention, as the server is configured (JIYUE_RECYCLE_RETENTION_DAYS). */
export function RecycleBinNotice() {
  const { data } = useQuery(RecycleBinRetentionDocument);
  if (!data) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={`回收站中的稿件将于删除 ${data.recycleBinRetentionDays} 天后永久清除`}
    />
  );
}

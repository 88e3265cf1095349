import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Card, Spin, Typography } from "antd";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghai } from "#app/time";
import { PageHeader } from "#ui/PageHeader";
import { SecurityPolicyForm, type SecurityPolicyValues } from "../../components/SecurityPolicyForm";
import { SigningKeysCard } from "../../components/SigningKeysCard";
import { SecurityPolicyDocument } from "../../graphql/securityPolicy";
import { UpdateSecurityPolicyDocument } from "../../graphql/updateSecurityPolicy";

export function SecurityPage() {
  usePageTitle("安全策略");
  const { message } = App.useApp();
  const { data, loading } = useQuery(SecurityPolicyDocument);
  const [updatePolicy, update] = useMutation(UpdateSecurityPolicyDocument);
  const policy = data?.securityPolicy;

  const save = async (values: SecurityPolicyValues) => {
    const result = await updatePolicy({
      variables: { input: values },
      // The policy has no id, so the cache cannot match it to the query by itself.
      update(cache, { data: saved }) {
        if (saved)
          cache.writeQuery({
            query: SecurityPolicyDocument,
            data: { securityPolicy: saved.updateSecurityPolicy },
          });
      },
    });
    if (result.data) void message.success("安全策略已保存");
  };

  return (
    <section>
      <PageHeader title="安全策略" />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="三员分立：系统管理员管理单位、站点和账号，安全管理员维护安全策略，审计管理员查看审计日志，三者不能由同一人兼任。"
      />
      <Card>
        {policy ? (
          <>
            <SecurityPolicyForm
              key={policy.updatedAt ?? "default"}
              policy={policy}
              saving={update.loading}
              onSave={(values) => save(values).catch(() => undefined)}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
              {policy.updatedAt
                ? `最近修改：${formatShanghai(policy.updatedAt)}`
                : "当前为系统默认策略，尚未修改。"}
            </Typography.Paragraph>
          </>
        ) : (
          <Spin spinning={loading} description="加载中" />
        )}
      </Card>
      <SigningKeysCard />
    </section>
  );
}

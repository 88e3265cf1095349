import { useQuery } from "@apollo/client/react";
import { useAccess } from "#app/me";
import { ArticleDeliveriesDocument } from "../graphql/articleDeliveries";
import { DeliveryTable } from "./DeliveryTable";

/** 新媒体推送 of one article (on its detail page). */
export function ArticleDeliveries(props: { articleId: string }) {
  const access = useAccess();
  const { data, loading, refetch } = useQuery(ArticleDeliveriesDocument, {
    variables: { id: props.articleId },
    fetchPolicy: "cache-and-network",
  });
  return (
    <DeliveryTable
      deliveries={data?.article?.deliveries ?? []}
      loading={loading}
      canResend={access.can("distribution.manage") || access.can("article.publish")}
      onChanged={() => void refetch()}
    />
  );
}

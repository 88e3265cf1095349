// Bad input stays BAD_USER_INPUT end to end, with the Chinese message of whoever refused it (a scalar at the
// gateway, or a subgraph answering HTTP 400) instead of graphql-js's English wrapper or a generic 500.
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./app";

const BAD_USER_INPUT = "BAD_USER_INPUT";
// graphql-js prefixes a scalar's own message: `Variable "$at" got invalid value "x"; <message>` or
// `Expected value of type "DateTime", found "x"; <message>`.
const ENGLISH_PREFIX =
  /^(?:Variable "\$[^"]+" got invalid value .*?|Expected value of type "[^"]+", found .*?); /s;

interface ErrorLike {
  message?: unknown;
  extensions?: { code?: unknown };
  originalError?: unknown;
}

/** The innermost error in the chain that a scalar or validator raised as BAD_USER_INPUT, if any. */
function innermostInputError(error: unknown): ErrorLike | undefined {
  let found: ErrorLike | undefined;
  let current = error as ErrorLike | null | undefined;
  for (let depth = 0; current && typeof current === "object" && depth < 10; depth++) {
    if (current.extensions?.code === BAD_USER_INPUT && typeof current.message === "string") found = current;
    current = current.originalError as ErrorLike | undefined;
  }
  return found;
}

export function plainInputMessage(message: string): string {
  return message.replace(ENGLISH_PREFIX, "");
}

/** formatError step: an error caused by bad input is BAD_USER_INPUT with the refusing party's message. */
export function restoreInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const input = innermostInputError(error);
  if (!input) return formatted;
  return {
    ...formatted,
    message: plainInputMessage(String(input.message)),
    extensions: { ...formatted.extensions, code: BAD_USER_INPUT },
  };
}

/** A subgraph data source that keeps a subgraph's BAD_USER_INPUT refusal (HTTP 400 with a GraphQL body). */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    if (response.status === 400) {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { errors?: ErrorLike[] } | undefined;
      const refusal = body?.errors?.find(
        (error) => error.extensions?.code === BAD_USER_INPUT && typeof error.message === "string",
      );
      if (refusal) {
        return new GraphQLError(plainInputMessage(String(refusal.message)), {
          extensions: { code: BAD_USER_INPUT },
        });
      }
    }
    return super.errorFromResponse(response);
  }
}

package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A second generator on the published contract (issue 26): the TypeScript client
 * openapi-generator's {@code typescript-fetch} makes from it (at generate-test-sources, into {@code
 * target/node-tools}) compiles with {@code tsc --strict} together with {@code
 * src/test/node/read-checkout.ts}, a shop's first program, which reads every field it uses with the
 * type the document gives it (the compiler checks that: a {@code Date} where the contract says
 * date-time, a string for decimals). Run on Node.js against this Paydesk, it creates, retries,
 * reads, finds and is refused; what it printed is compared with Paydesk's own answers.
 */
class TypeScriptClientIT extends SharedPaydeskTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aGeneratedTypeScriptClientCompilesAndReadsRealAnswersWithTheirTypes() throws IOException {
    NodeTools.Run compiled = NodeTools.bin("tsc", "-p", ".");
    assertThat(compiled.exitCode())
        .as("tsc --strict on the generated client and read-checkout.ts:\n%s", compiled.out())
        .isZero();

    String orderId = "TS-" + UUID.randomUUID().toString().substring(0, 8);
    NodeTools.Run run =
        NodeTools.run(
            NodeTools.installed(),
            "node",
            "dist/read-checkout.js",
            paydesk.uri("").toString().replaceAll("/$", ""),
            PaydeskHttp.API_KEY,
            orderId);
    assertThat(run.exitCode()).as("the TypeScript program: %s", run.err()).isZero();
    JsonNode read = JSON.readTree(run.out());

    // what Paydesk itself answers for the same checkout
    JsonNode checkout =
        JSON.readTree(
            paydesk.get(paydesk.uri("api/v1/checkouts/" + read.path("id").asText())).body());
    assertThat(checkout.path("merchantOrderId").asText()).isEqualTo(orderId);
    assertThat(read.path("sameOnRetry").asBoolean()).as("the same Idempotency-Key").isTrue();
    assertThat(read.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(read.path("awaiting").asBoolean()).isTrue();
    assertThat(read.path("price").asText()).isEqualTo("19.99");
    assertThat(read.path("cryptoAmount").asText())
        .isEqualTo(checkout.path("cryptoAmount").asText());
    assertThat(read.path("createdAtIsDate").asBoolean()).isTrue();
    assertThat(read.path("createdAt").asLong())
        .isEqualTo(Instant.parse(checkout.path("createdAt").asText()).toEpochMilli());
    assertThat(read.path("expiresAt").asLong())
        .isEqualTo(Instant.parse(checkout.path("expiresAt").asText()).toEpochMilli());
    assertThat(read.path("checkoutUrl").asText()).isEqualTo(checkout.path("checkoutUrl").asText());
    assertThat(read.path("payments").asInt()).isZero();
    assertThat(read.path("livemode").isBoolean()).isTrue();
    assertThat(read.path("timelineAtIsDate").asBoolean()).isTrue();
    assertThat(JSON.convertValue(read.path("timelineKinds"), List.class)).contains("CREATED");
    assertThat(read.path("foundTotal").asLong()).isEqualTo(1);
    assertThat(read.path("foundIds").get(0).asText()).isEqualTo(read.path("id").asText());
    assertThat(read.path("tokenPrecision").isInt()).isTrue();
    assertThat(read.path("tokenMemoRequired").isBoolean()).isTrue();
    assertThat(new java.math.BigDecimal(read.path("quoteAmount").asText())).isPositive();
    assertThat(read.path("missing").path("status").asInt()).isEqualTo(404);
    assertThat(read.path("missing").path("type").asText())
        .isEqualTo("urn:paydesk:problem:checkout-not-found");
    assertThat(read.path("invalid").path("status").asInt()).isEqualTo(422);
    assertThat(read.path("invalid").path("type").asText())
        .isEqualTo("urn:paydesk:problem:invalid-request");
    assertThat(JSON.convertValue(read.path("invalid").path("fields"), List.class))
        .containsExactly("price");
  }
}

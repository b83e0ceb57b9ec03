package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.gateway.GatewayApi;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The order's two small values: its gateway attempt and its review flag. */
class GatewayValuesTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void eachRetryGoesUnderItsOwnIdAndForgetsWhatTheLastAttemptGot() {
    GatewayAttempt first = GatewayAttempt.first("A-7", GatewayApi.V1).failed("x".repeat(800));
    assertThat(first.error()).get().asString().hasSize(GatewayAttempt.MAX_ERROR);

    GatewayAttempt third = first.next("A-7", GatewayApi.V1).next("A-7", GatewayApi.V2);
    assertThat(third.number()).isEqualTo(3);
    assertThat(third.gatewayMerchantOrderId()).isEqualTo("A-7~3");
    assertThat(third.api()).isEqualTo(GatewayApi.V2);
    assertThat(third.error()).isEmpty();
    assertThat(third.made("ccp-1").gatewayOrderId()).contains("ccp-1");
  }

  @Test
  void aFurtherReasonJoinsTheWaitingOnesAndTheFirstOnesSurviveTheCut() {
    ReviewFlag flag = ReviewFlag.raise(null, "late part-payment", T0);
    ReviewFlag more = ReviewFlag.raise(flag, "failed after credit", T0.plusSeconds(60));
    assertThat(more.reason()).isEqualTo("late part-payment | failed after credit");
    assertThat(more.since()).as("since the oldest reason").isEqualTo(T0);

    ReviewFlag full = ReviewFlag.raise(more, "y".repeat(2000), T0.plusSeconds(120));
    assertThat(full.reason()).hasSize(ReviewFlag.MAX_REASON).startsWith("late part-payment | ");
  }
}

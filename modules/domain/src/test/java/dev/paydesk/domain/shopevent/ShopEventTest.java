package dev.paydesk.domain.shopevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShopEventTest {

  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  ShopEvent event() {
    return ShopEvent.of(
        ShopEvent.newEventId(), "co_x", "https://shop.example/hooks", "checkout.paid", "{}", T0);
  }

  @Test
  void eachFailedAttemptWaitsTwiceAsLongAsTheOneBefore() {
    ShopEvent event = event();
    Duration first = Duration.ofSeconds(30);

    event.attemptFailed(503, "down", T0, first, Duration.ZERO);
    Instant second = event.nextAttemptAt().orElseThrow();
    event.attemptFailed(503, "down", second, first, Duration.ZERO);

    assertThat(second).isEqualTo(T0.plusSeconds(30));
    assertThat(event.nextAttemptAt()).contains(second.plusSeconds(60));
    assertThat(event.attempts()).isEqualTo(2);
    assertThat(event.status()).isEqualTo(ShopEvent.Status.PENDING);
  }

  @Test
  void afterThreeDaysOfFailuresItIsGivenUp() {
    ShopEvent event = event();

    event.attemptFailed(
        null, "refused", T0.plus(Duration.ofDays(3)), Duration.ofMinutes(1), Duration.ZERO);

    assertThat(event.status()).isEqualTo(ShopEvent.Status.FAILED);
    assertThat(event.nextAttemptAt()).isEmpty();
  }

  @Test
  void sentAgainByHandAfterItWasGivenUpItGetsAFreshScheduleOfThreeDays() {
    ShopEvent event = event();
    Duration first = Duration.ofSeconds(30);
    Instant fourDaysLater = T0.plus(Duration.ofDays(4));
    event.attemptFailed(503, "down", T0.plus(Duration.ofDays(3)), first, Duration.ZERO);
    assertThat(event.status()).isEqualTo(ShopEvent.Status.FAILED);

    event.redeliver(fourDaysLater);
    event.attemptFailed(503, "still down", fourDaysLater, first, Duration.ZERO);

    assertThat(event.status()).isEqualTo(ShopEvent.Status.PENDING);
    assertThat(event.nextAttemptAt())
        .as("the backoff starts again from the first wait")
        .contains(fourDaysLater.plus(first));
    assertThat(event.attempts()).as("every attempt still counts").isEqualTo(2);

    event.attemptFailed(
        503, "down for good", fourDaysLater.plus(Duration.ofDays(3)), first, Duration.ZERO);
    assertThat(event.status()).isEqualTo(ShopEvent.Status.FAILED);
  }

  @Test
  void aClaimKeepsASecondWorkerAwayUntilItEnds() {
    ShopEvent event = event();

    assertThat(event.claim(T0, Duration.ofMinutes(1))).isTrue();
    assertThat(event.claim(T0.plusSeconds(10), Duration.ofMinutes(1))).isFalse();
    assertThat(event.claim(T0.plusSeconds(61), Duration.ofMinutes(1))).isTrue();
  }

  @Test
  void aDeliveredEventIsNotClaimedAgain() {
    ShopEvent event = event();
    event.claim(T0, Duration.ofMinutes(1));

    event.delivered(200, T0.plusSeconds(1));

    assertThat(event.status()).isEqualTo(ShopEvent.Status.DELIVERED);
    assertThat(event.claim(T0.plusSeconds(120), Duration.ofMinutes(1))).isFalse();
  }
}

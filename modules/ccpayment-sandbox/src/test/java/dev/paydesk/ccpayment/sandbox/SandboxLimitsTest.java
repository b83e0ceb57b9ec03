package dev.paydesk.ccpayment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox's v2 call limits answer {@code 11004} RateLimit as CCPayment does. */
class SandboxLimitsTest {

  static final Instant T0 = Instant.parse("2026-12-06T03:00:00Z");

  @Test
  void callsOverTheSecondsBudgetAreRefusedUntilTheNextSecond() {
    SandboxCallRate rate = new SandboxCallRate(2);
    rate.take(T0);
    rate.take(T0.plusMillis(500));

    assertThatThrownBy(() -> rate.take(T0.plusMillis(900)))
        .isInstanceOfSatisfying(
            SandboxError.class, e -> assertThat(e.code()).isEqualTo(SandboxError.RATE_LIMIT));
    assertThatCode(() -> rate.take(T0.plusSeconds(1))).doesNotThrowAnyException();
  }

  @Test
  void noBudgetConfiguredMeansNoLimit() {
    SandboxCallRate rate = new SandboxCallRate(0);
    for (int i = 0; i < 1_000; i++) {
      rate.take(T0);
    }
  }

  @Test
  void eachApiVersionMayResendOnceAMinute() {
    SandboxResendLimit limit = new SandboxResendLimit();
    limit.check(SandboxOrder.V1, T0);
    limit.check(SandboxOrder.V2, T0);

    assertThatThrownBy(() -> limit.check(SandboxOrder.V2, T0.plusSeconds(59)))
        .isInstanceOfSatisfying(
            SandboxError.class, e -> assertThat(e.code()).isEqualTo(SandboxError.RATE_LIMIT));
    assertThatCode(() -> limit.check(SandboxOrder.V2, T0.plusSeconds(60)))
        .doesNotThrowAnyException();
  }

  @Test
  void aV2OrdersAddressTakesPaymentsForSevenDaysAfterItsExpiryAndNoLonger() {
    long created = T0.getEpochSecond();
    SandboxOrder order =
        new SandboxOrder(
            "internal-1",
            "app",
            "V2-late",
            "USDT.TRX-token",
            BigDecimal.TEN,
            "USD",
            BigDecimal.TEN,
            BigDecimal.ONE,
            BigDecimal.ONE,
            "TAddress",
            null,
            null,
            null,
            null,
            3600,
            created,
            SandboxOrder.V2);
    SandboxOrderStore store =
        new SandboxOrderStore() {
          @Override
          List<SandboxOrder> findByMerchantOrderIds(String appId, List<String> ids) {
            return List.of(order);
          }
        };
    SandboxSettings settings = settings(1);
    Instant eightDaysLate = T0.plusSeconds(3600).plus(Duration.ofDays(7)).plusSeconds(1);
    SandboxPayments payments =
        new SandboxPayments(store, null, settings, Clock.fixed(eightDaysLate, ZoneOffset.UTC));

    assertThatThrownBy(
            () ->
                payments.simulate(
                    "V2-late",
                    new SandboxPayments.Simulation(
                        SandboxPayments.Kind.FULL,
                        null,
                        1,
                        0,
                        false,
                        false,
                        false,
                        null,
                        null,
                        false,
                        false)))
        .isInstanceOf(SandboxError.class)
        .hasMessageContaining("7 days after its expiredAt");
  }

  /** Sandbox settings for tests: app {@code app}, secret {@code secret}, no real public URL. */
  static SandboxSettings settings(double webhookTimeFactor) {
    return new SandboxSettings(
        "sandbox",
        "app",
        "secret",
        Duration.ofMinutes(2),
        Duration.ofSeconds(1),
        "http://unused",
        Optional.empty(),
        Optional.empty(),
        webhookTimeFactor,
        false,
        Duration.ZERO);
  }
}

package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * CCPayment allows v1's {@code webhook/resend} once a minute and 25 times a day. v2 publishes no
 * figure for its own; the sandbox holds it to v1's (the stricter reading), counted apart.
 */
@ApplicationScoped
class SandboxResendLimit {

  static final int PER_DAY = 25;

  /** One API version's count. */
  private static final class Count {
    private Instant last;
    private LocalDate day;
    private int today;
  }

  private final Map<String, Count> counts = new HashMap<>();

  /**
   * @param api {@code v1} or {@code v2}
   * @throws SandboxError {@code 11004} RateLimit
   */
  synchronized void check(String api, Instant now) {
    Count count = counts.computeIfAbsent(api, k -> new Count());
    LocalDate date = now.atZone(ZoneOffset.UTC).toLocalDate();
    if (!date.equals(count.day)) {
      count.day = date;
      count.today = 0;
    }
    if (count.last != null && now.isBefore(count.last.plus(Duration.ofMinutes(1)))) {
      throw new SandboxError(SandboxError.RATE_LIMIT, "RateLimit: webhook/resend once per minute");
    }
    if (count.today >= PER_DAY) {
      throw new SandboxError(SandboxError.RATE_LIMIT, "RateLimit: webhook/resend 25 times per day");
    }
    count.last = now;
    count.today++;
  }
}

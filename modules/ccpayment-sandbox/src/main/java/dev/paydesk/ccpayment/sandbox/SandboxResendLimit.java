package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** CCPayment allows {@code webhook/resend} once a minute and 25 times a day. */
@ApplicationScoped
class SandboxResendLimit {

  static final int PER_DAY = 25;
  static final int RATE_LIMIT = 11004;

  private Instant last;
  private LocalDate day;
  private int today;

  synchronized void check(Instant now) {
    LocalDate date = now.atZone(ZoneOffset.UTC).toLocalDate();
    if (!date.equals(day)) {
      day = date;
      today = 0;
    }
    if (last != null && now.isBefore(last.plus(Duration.ofMinutes(1)))) {
      throw new SandboxError(RATE_LIMIT, "RateLimit: webhook/resend once per minute");
    }
    if (today >= PER_DAY) {
      throw new SandboxError(RATE_LIMIT, "RateLimit: webhook/resend 25 times per day");
    }
    last = now;
    today++;
  }
}

package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * v2's request-rate limit: more calls in one second than {@code
 * paydesk.sandbox.v2.calls-per-second} are answered {@code 11004} RateLimit. CCPayment publishes no
 * figure ("check the specific interface documentation"), so the sandbox sets none unless asked (0,
 * the default): a merchant sets one to see how Paydesk backs off.
 */
@ApplicationScoped
class SandboxCallRate {

  private int perSecond;
  private long second = Long.MIN_VALUE;
  private int taken;

  protected SandboxCallRate() {
    // for CDI proxies
  }

  @Inject
  SandboxCallRate(
      @ConfigProperty(name = "paydesk.sandbox.v2.calls-per-second", defaultValue = "0")
          int perSecond) {
    this.perSecond = perSecond;
  }

  /**
   * @throws SandboxError {@code 11004} when this second's calls are used up
   */
  synchronized void take(Instant now) {
    if (perSecond <= 0) {
      return;
    }
    long current = now.getEpochSecond();
    if (current != second) {
      second = current;
      taken = 0;
    }
    if (taken >= perSecond) {
      throw new SandboxError(
          SandboxError.RATE_LIMIT, "RateLimit: at most " + perSecond + " calls a second");
    }
    taken++;
  }
}

package dev.paydesk.rest.checkout;

import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.payment.StatusChangedElsewhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PNGs of QR codes, drawn once. By what they encode: drawing and compressing one costs more
 * than the read of the checkout. And by checkout, for a checkout whose QR cannot change while it
 * stays payable (every network but BTC, whose QR asks for what remains): a buyer's page, its
 * refreshes and a shop's own page ask for the same image again and again, and then not even the
 * checkout is read. A checkout's entry goes when its status changes, here or on another instance
 * (the status relay), and after {@link #KEPT_FOR} at the latest, should a change not be heard: so a
 * QR may still be served that long after its checkout stopped being payable (its address, which a
 * late payment still reaches: Paydesk records it as paid late). Bounded, least recently used out.
 */
@ApplicationScoped
public class QrImages {

  /** About 1.5 KB each: a few MB at most per map. */
  static final int MAX_ENTRIES = 4096;

  /** The longest a checkout's QR is served without reading the checkout. */
  static final Duration KEPT_FOR = Duration.ofMinutes(1);

  /** A checkout's QR: what it encodes, its image, until when it may be served unread. */
  public record Kept(String content, byte[] png, Instant until) {}

  private final Map<String, byte[]> byContent = bounded();
  private final Map<String, Kept> byCheckout = bounded();
  private Clock clock;

  protected QrImages() {
    // for CDI proxies
  }

  @Inject
  public QrImages(Clock clock) {
    this.clock = clock;
  }

  private static <V> Map<String, V> bounded() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > MAX_ENTRIES;
          }
        });
  }

  /** The PNG of a QR code of {@code content}, drawn once while it stays in use. */
  public byte[] png(String content) {
    byte[] png = byContent.get(content);
    if (png == null) {
      png = PaymentQrCode.png(content);
      byContent.put(content, png);
    }
    return png;
  }

  /** The checkout's QR, if one is kept for it and still fresh. */
  public Optional<Kept> of(String checkoutId) {
    Kept kept = byCheckout.get(checkoutId);
    if (kept == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(kept.until())) {
      byCheckout.remove(checkoutId);
      return Optional.empty();
    }
    return Optional.of(kept);
  }

  /** Keeps a payable checkout's QR, whose content cannot change while it stays payable. */
  public void keep(String checkoutId, String content, byte[] png) {
    byCheckout.put(checkoutId, new Kept(content, png, clock.instant().plus(KEPT_FOR)));
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
    byCheckout.remove(change.checkoutId().value());
  }

  void changedElsewhere(@Observes StatusChangedElsewhere change) {
    byCheckout.remove(change.checkoutId().value());
  }
}

package dev.paydesk.rest.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.payment.StatusChangedElsewhere;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QrImagesTest {

  static final Instant T0 = Instant.parse("2026-12-04T03:00:00Z");
  final CheckoutId id = CheckoutId.random();
  final byte[] png = {1, 2, 3};

  QrImages at(Instant now) {
    return new QrImages(Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aKeptQrIsServedUntilItsTimeIsUp() {
    Clock[] clock = {Clock.fixed(T0, ZoneOffset.UTC)};
    QrImages images =
        new QrImages(
            new Clock() {
              @Override
              public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(java.time.ZoneId zone) {
                return this;
              }

              @Override
              public Instant instant() {
                return clock[0].instant();
              }
            });
    images.keep(id.value(), "TAddress", png);

    clock[0] = Clock.fixed(T0.plus(QrImages.KEPT_FOR).minusMillis(1), ZoneOffset.UTC);
    assertThat(images.of(id.value())).hasValueSatisfying(k -> assertThat(k.png()).isSameAs(png));
    clock[0] = Clock.fixed(T0.plus(QrImages.KEPT_FOR), ZoneOffset.UTC);
    assertThat(images.of(id.value())).as("read the checkout again after a minute").isEmpty();
  }

  @Test
  void aStatusChangeHereOrOnAnotherInstanceDropsTheCheckoutsQr() {
    QrImages images = at(T0);
    images.keep(id.value(), "TAddress", png);
    images.changed(
        new OrderStatusChanged(id, OrderStatus.AWAITING_PAYMENT, OrderStatus.EXPIRED, T0, null));
    assertThat(images.of(id.value())).isEmpty();

    images.keep(id.value(), "TAddress", png);
    images.changedElsewhere(
        new StatusChangedElsewhere(id, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, T0));
    assertThat(images.of(id.value())).isEmpty();
  }

  @Test
  void anImageIsDrawnOncePerContent() {
    QrImages images = at(T0);
    assertThat(images.png("TAddress")).isSameAs(images.png("TAddress"));
    assertThat(images.png("TOther")).isNotSameAs(images.png("TAddress"));
  }
}

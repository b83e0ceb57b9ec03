package dev.paydesk.application.payment;

import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.OrderActionService;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import org.junit.jupiter.api.Test;

/** "I already paid" (issue 21): CCPayment v2 is asked to look for a transaction, within limits. */
class RescanServiceTest {

  static final String TXID = "0x4f2a9c1e5b2d8f4a6c0e9b1d3f5a7c9e";
  static final Actor BUYER = new Actor(EventSource.BUYER, null);

  final MoneyPath path = new MoneyPath();
  final RescanService rescans =
      new RescanService(
          path.orders,
          path.gateway,
          new OrderActionService(path.orders, path.statusChanged, path.clock),
          new OrderReadService(path.orders),
          path.clock);

  Order v2Order() {
    Order order = anOrder().api(GatewayApi.V2).chain("TRX", null).payable();
    path.orders.add(order);
    return order;
  }

  @Test
  void theTransactionIsAskedForAtTheOrdersChainAndAddressAndTheAnswerGoesOnTheTimeline() {
    Order order = v2Order();

    String answer = rescans.rescan(order.publicId(), " " + TXID + " ", BUYER);

    assertThat(answer).isEqualTo("looked for " + TXID);
    assertThat(path.gateway.rescans()).containsExactly("V2 " + TXID);
    assertThat(path.orders.timelineOf(order.publicId()))
        .filteredOn(e -> e.kind() == TimelineEntry.Kind.CHECKED_AT_GATEWAY)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(EventSource.BUYER);
              assertThat(e.detail()).get().asString().contains(TXID, "looked for");
            });
  }

  @Test
  void whatIsNoTransactionIdIsRefusedAndNothingIsAsked() {
    Order order = v2Order();

    for (String bad :
        new String[] {null, "", "short", "0x12 34567890", "<script>alert(1)</script>"}) {
      assertThatThrownBy(() -> rescans.rescan(order.publicId(), bad, BUYER))
          .isInstanceOfSatisfying(
              OrderRefusedException.class,
              e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_TXID));
    }
    assertThat(path.gateway.rescans()).isEmpty();
  }

  @Test
  void aV1OrderHasNoRescanItsBuyerIsSentToTheShop() {
    Order order = anOrder().api(GatewayApi.V1).chain("TRX", null).payable();
    path.orders.add(order);

    assertThatThrownBy(() -> rescans.rescan(order.publicId(), TXID, BUYER))
        .isInstanceOfSatisfying(
            OrderRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_RESCAN));
    assertThat(path.gateway.rescans()).isEmpty();
  }

  @Test
  void theBuyerMayAskThreeTimesInTenMinutesTheMerchantAsOftenAsNeeded() {
    Order order = v2Order();
    for (int i = 0; i < RescanService.BUYER_LIMIT; i++) {
      rescans.rescan(order.publicId(), TXID, BUYER);
    }

    assertThatThrownBy(() -> rescans.rescan(order.publicId(), TXID, BUYER))
        .isInstanceOfSatisfying(
            OrderRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.RESCAN_LIMIT));
    assertThat(path.gateway.rescans()).hasSize(RescanService.BUYER_LIMIT);

    rescans.rescan(order.publicId(), TXID, Actor.merchant("ops"));
    assertThat(path.gateway.rescans()).hasSize(RescanService.BUYER_LIMIT + 1);
  }
}

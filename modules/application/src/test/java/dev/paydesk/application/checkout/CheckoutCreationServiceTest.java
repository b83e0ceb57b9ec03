package dev.paydesk.application.checkout;

import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.FakeGateway;
import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.application.token.TokenCatalog;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderBuilder;
import dev.paydesk.domain.order.OrderStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckoutCreationServiceTest {

  final MoneyPath path = new MoneyPath();
  final CheckoutCreationService creation =
      new CheckoutCreationService(
          new CheckoutAttemptService(
              path.orders,
              path.clock,
              new CheckoutSettings(Duration.ofMinutes(2)),
              new GatewayApiChoice("v1")),
          path.gateway,
          new TokenCatalog(
              path.gateway, path.clock, Duration.ofMinutes(5), Duration.ofSeconds(10)));

  final OrderBuilder request = anOrder().tokenId(FakeGateway.USDT_TRC20).price("19.99");
  final CheckoutTerms terms = request.terms();

  @Test
  void createsTheOrderAndShowsWhereToPay() {
    CheckoutResult result = creation.create(terms, Optional.of("key-1"));

    assertThat(result.replayed()).isFalse();
    assertThat(result.checkout().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(result.checkout().payAddress()).startsWith("T");
    assertThat(path.gateway.created()).hasSize(1);
  }

  @Test
  void aTokenNamedByItsAliasIsAskedOfTheGatewayByItsOwnIdAndKeptAsTheShopWroteIt() {
    CheckoutTerms byAlias = anOrder().tokenId("usdt.trx").price("19.99").terms();

    CheckoutResult result = creation.create(byAlias, Optional.of("key-alias"));

    assertThat(path.gateway.created())
        .singleElement()
        .satisfies(r -> assertThat(r.tokenId()).isEqualTo(FakeGateway.USDT_TRC20));
    assertThat(result.checkout().tokenId()).isEqualTo("usdt.trx");
    assertThat(creation.create(byAlias, Optional.of("key-alias")).replayed())
        .as("the same request again is the same checkout")
        .isTrue();
  }

  @Test
  void theSameKeyAndTermsAgainReplayTheCheckoutWithoutAskingTheGateway() {
    CheckoutResult first = creation.create(terms, Optional.of("key-1"));

    CheckoutResult again = creation.create(terms, Optional.of("key-1"));

    assertThat(again.replayed()).isTrue();
    assertThat(again.checkout().id()).isEqualTo(first.checkout().id());
    assertThat(path.gateway.created()).hasSize(1);
  }

  @Test
  void aRaceLostToARequestStillAtTheGatewayIsInProgress() {
    Order winner = request.idempotencyKey("key-1").creating();
    path.orders.beforeNextAdd(() -> path.orders.add(winner));

    assertThatThrownBy(() -> creation.create(terms, Optional.of("key-1")))
        .isInstanceOf(CheckoutInProgressException.class);
    assertThat(path.orders.all()).containsExactly(winner);
    assertThat(path.gateway.created()).isEmpty();
  }

  @Test
  void aRaceLostToARequestThatGotItsAddressReplaysIt() {
    Order winner = request.idempotencyKey("key-1").payable();
    path.orders.beforeNextAdd(() -> path.orders.add(winner));

    CheckoutResult result = creation.create(terms, Optional.of("key-1"));

    assertThat(result.replayed()).isTrue();
    assertThat(result.checkout().id()).isEqualTo(winner.publicId().value());
    assertThat(path.gateway.created()).isEmpty();
  }

  @Test
  void theMerchantOrderIdTakenUnderAnotherKeyIsAConflict() {
    creation.create(terms, Optional.of("key-1"));

    assertThatThrownBy(() -> creation.create(terms, Optional.of("key-2")))
        .isInstanceOf(MerchantOrderIdTakenException.class);
  }

  @Test
  void theSameKeyWithOtherTermsIsRefused() {
    creation.create(terms, Optional.of("key-1"));
    CheckoutTerms other = request.price("20.00").terms();

    assertThatThrownBy(() -> creation.create(other, Optional.of("key-1")))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void aGatewayRefusalLeavesNothingToPayAndTheRetryStartsANewAttempt() {
    path.gateway.failNextCreate(new GatewayRejectedException(13002, "token not supported"));

    assertThatThrownBy(() -> creation.create(terms, Optional.of("key-1")))
        .isInstanceOf(GatewayRejectedException.class);
    assertThat(path.orders.all())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.GATEWAY_FAILED));

    CheckoutResult retried = creation.create(terms, Optional.of("key-1"));

    assertThat(retried.checkout().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(path.gateway.created())
        .extracting(r -> r.gatewayMerchantOrderId())
        .containsExactly(terms.merchantOrderId(), terms.merchantOrderId() + "~2");
  }
}

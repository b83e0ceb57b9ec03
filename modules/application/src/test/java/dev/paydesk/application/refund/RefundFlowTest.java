package dev.paydesk.application.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundRefusedException;
import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.refund.WithdrawalGateway;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The refund from asking to the money leaving, against a gateway that keeps its withdrawals by
 * merchant order id as CCPayment does (one per id, {@code OrderDuplicate} for a second) and fails
 * in the ways that could make a careless client send twice.
 */
class RefundFlowTest {

  /** The order, refunds and events of {@link RefundServiceTest}. */
  final RefundServiceTest fixture = new RefundServiceTest();

  final RefundServiceTest.InMemoryRefunds refunds = fixture.refunds;

  static final RefundDestination BUYER = RefundServiceTest.BUYER;

  /** CCPayment's withdrawals, in memory, with faults to arm. */
  static class Withdrawals implements WithdrawalGateway {
    final Map<String, WithdrawalRecord> made = new LinkedHashMap<>();
    final List<Withdrawal> asked = new ArrayList<>();
    BigDecimal balance = new BigDecimal("1000");
    boolean timeOutAfterMaking;
    boolean timeOutBeforeMaking;
    int internalErrors;
    Outcome outcome = Outcome.PROCESSING;

    @Override
    public FeeQuote fee(String coinSymbol, String chain) {
      return new FeeQuote(coinSymbol, new BigDecimal("1"), "q-1");
    }

    @Override
    public boolean addressValid(String chain, String address) {
      return address.startsWith("T");
    }

    @Override
    public String withdraw(Withdrawal w) {
      asked.add(w);
      if (timeOutBeforeMaking) {
        timeOutBeforeMaking = false;
        throw new GatewayUnavailableException(
            GatewayUnavailableException.Reason.UNREACHABLE, "no answer");
      }
      if (internalErrors > 0) {
        internalErrors--;
        throw new GatewayRejectedException(11002, "Internal");
      }
      if (made.containsKey(w.orderId())) {
        throw new GatewayRejectedException(ORDER_DUPLICATE, "OrderDuplicate");
      }
      BigDecimal drawn = w.merchantPaysFee() ? w.amount().add(BigDecimal.ONE) : w.amount();
      if (balance.compareTo(drawn) < 0) {
        throw new GatewayRejectedException(BALANCE_INSUFFICIENT, "BalanceInsufficient");
      }
      balance = balance.subtract(drawn);
      String recordId = "rec-" + (made.size() + 1);
      made.put(w.orderId(), new WithdrawalRecord(recordId, outcome, null, null));
      if (timeOutAfterMaking) {
        timeOutAfterMaking = false;
        throw new GatewayUnavailableException(
            GatewayUnavailableException.Reason.UNREACHABLE, "did not answer in time");
      }
      return recordId;
    }

    @Override
    public Optional<WithdrawalRecord> record(String orderId) {
      return Optional.ofNullable(made.get(orderId));
    }

    void settle(String orderId, Outcome outcome, String txId, String reason) {
      WithdrawalRecord r = made.get(orderId);
      made.put(orderId, new WithdrawalRecord(r.recordId(), outcome, txId, reason));
    }
  }

  final Withdrawals gateway = new Withdrawals();

  RefundFlow flow(String approvalAbove) {
    return new RefundFlow(fixture.service(approvalAbove), gateway);
  }

  Refund overpaymentBack(RefundFlow flow, Order order, String amount) {
    return flow.ask(
        new RefundRequest(
            order.publicId(),
            new BigDecimal(amount),
            Refund.Reason.OVERPAYMENT,
            BUYER,
            FeeQuote.Payer.MERCHANT,
            null),
        EventSource.MERCHANT,
        "olga");
  }

  @Test
  void anOverpaymentGoesBackToTheBuyersAddressAndItsRecordSaysWhenItLeft() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);

    Refund refund = overpaymentBack(flow, order, "15");

    assertThat(refund.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(gateway.made).hasSize(1).containsKey(refund.withdrawalOrderId());
    assertThat(gateway.asked.get(0).amount()).isEqualByComparingTo("15");
    assertThat(gateway.asked.get(0).merchantPaysFee()).isTrue();
    assertThat(gateway.asked.get(0).feeQuoteId()).isEqualTo("q-1");
    gateway.settle(refund.withdrawalOrderId(), WithdrawalGateway.Outcome.SUCCEEDED, "0xabc", null);

    flow.withdrawalNews(refund.withdrawalOrderId());
    flow.withdrawalNews(refund.withdrawalOrderId());

    Refund sent = refunds.find(refund.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(sent.txId()).contains("0xabc");
    assertThat(fixture.changed.fired())
        .extracting(RefundChanged::status)
        .containsSubsequence(RefundStatus.SENDING, RefundStatus.SUCCEEDED);
    assertThat(fixture.changed.fired())
        .extracting(c -> RefundJson.eventType(c.refund()))
        .isNotEmpty();
    assertThat(gateway.made).hasSize(1);
  }

  @Test
  void aTimeOutAfterTheGatewayMadeTheWithdrawalIsFollowedUpNeverMadeTwice() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);
    gateway.timeOutAfterMaking = true;

    Refund refund = overpaymentBack(flow, order, "15");
    assertThat(refund.status()).isEqualTo(RefundStatus.SENDING);
    flow.followInFlight();
    flow.followInFlight();

    assertThat(gateway.made).hasSize(1);
    assertThat(gateway.asked).hasSize(1);
    assertThat(refunds.find(refund.id()).orElseThrow().status()).isEqualTo(RefundStatus.PROCESSING);
  }

  @Test
  void aTimeOutBeforeTheGatewayMadeItAsksAgainUnderTheSameId() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);
    gateway.timeOutBeforeMaking = true;

    Refund refund = overpaymentBack(flow, order, "15");
    flow.followInFlight();

    assertThat(gateway.asked)
        .extracting(WithdrawalGateway.Withdrawal::orderId)
        .containsExactly(refund.withdrawalOrderId(), refund.withdrawalOrderId());
    assertThat(gateway.made).hasSize(1);
    assertThat(refunds.find(refund.id()).orElseThrow().status()).isEqualTo(RefundStatus.PROCESSING);
  }

  @Test
  void anAnswerThatSaysNothingOfTheWithdrawalLeavesItSendingUntilTheNextFollowUp() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);
    gateway.internalErrors = 1000;

    Refund refund = overpaymentBack(flow, order, "15");

    assertThat(refund.status()).isEqualTo(RefundStatus.SENDING);
    assertThat(gateway.asked).as("asked once, not again and again").hasSize(1);
    gateway.internalErrors = 0;
    flow.followInFlight();
    assertThat(gateway.made).hasSize(1);
    assertThat(refunds.find(refund.id()).orElseThrow().status()).isEqualTo(RefundStatus.PROCESSING);
  }

  @Test
  void aSecondAskOfTheSameAttemptIsTheSameWithdrawal() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);
    Refund refund = overpaymentBack(flow, order, "15");

    // another instance, or a crash recovery, asks again for the attempt it found in SENDING
    RefundService.withdrawal(refunds.find(refund.id()).orElseThrow());
    assertThatThrownBy(
            () ->
                gateway.withdraw(RefundService.withdrawal(refunds.find(refund.id()).orElseThrow())))
        .isInstanceOf(GatewayRejectedException.class);

    assertThat(gateway.made).hasSize(1);
    RefundServiceTest.refused(
        () -> flow.retry(refund.id(), EventSource.MERCHANT, "olga"), Refusal.WRONG_STATE);
  }

  @Test
  void anEmptyBalanceIsAClearFailureAndARetryIsANewWithdrawalOfTheSameRefund() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);
    gateway.balance = new BigDecimal("3");

    Refund refund = overpaymentBack(flow, order, "15");

    assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
    assertThat(refund.failure()).hasValueSatisfying(f -> assertThat(f).contains("14000"));
    assertThat(gateway.made).isEmpty();
    gateway.balance = new BigDecimal("100");
    Refund again = flow.retry(refund.id(), EventSource.MERCHANT, "olga");

    assertThat(again.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(again.attempt()).isEqualTo(2);
    assertThat(gateway.made).containsOnlyKeys(again.withdrawalOrderId());
    assertThat(fixture.service(null).refundable(order.publicId())).isEqualByComparingTo("60");
  }

  @Test
  void aFailedWithdrawalShowsTheGatewaysReasonAndCanBeCancelled() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);
    Refund refund = overpaymentBack(flow, order, "15");
    gateway.settle(
        refund.withdrawalOrderId(), WithdrawalGateway.Outcome.FAILED, null, "chain congested");

    flow.followInFlight();
    Refund failed = refunds.find(refund.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
    assertThat(failed.failure()).contains("chain congested");
    flow.cancel(refund.id(), EventSource.MERCHANT, "olga");

    assertThat(fixture.service(null).refundable(order.publicId())).isEqualByComparingTo("75");
  }

  @Test
  void anAddressTheGatewayDoesNotTakeIsRefusedBeforeAnythingIsAsked() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);

    assertThatThrownBy(
            () ->
                flow.ask(
                    new RefundRequest(
                        order.publicId(),
                        new BigDecimal("15"),
                        Refund.Reason.OVERPAYMENT,
                        new RefundDestination.ChainAddress("TRX", "XnotAnAddressOnTron1234", null),
                        FeeQuote.Payer.MERCHANT,
                        null),
                    EventSource.SHOP,
                    "shop"))
        .isInstanceOfSatisfying(
            RefundRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_DESTINATION));

    assertThat(refunds.all).isEmpty();
    assertThat(gateway.asked).isEmpty();
  }

  @Test
  void aboveTheThresholdNothingIsSentUntilAnotherAdminApproves() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow("10.00");

    Refund refund = overpaymentBack(flow, order, "15");
    assertThat(refund.status()).isEqualTo(RefundStatus.AWAITING_APPROVAL);
    assertThat(gateway.asked).isEmpty();
    RefundServiceTest.refused(
        () -> flow.approve(refund.id(), "olga", true), Refusal.NOT_AN_APPROVER);
    Refund approved = flow.approve(refund.id(), "ada", true);

    assertThat(approved.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(gateway.made).hasSize(1);
  }

  @Test
  void theBuyerBearingTheFeeReceivesTheAmountLessIt() {
    Order order = fixture.paid("75");
    RefundFlow flow = flow(null);

    Refund refund =
        flow.ask(
            new RefundRequest(
                order.publicId(),
                new BigDecimal("15"),
                Refund.Reason.OVERPAYMENT,
                BUYER,
                FeeQuote.Payer.BUYER,
                null),
            EventSource.MERCHANT,
            "olga");

    assertThat(gateway.asked.get(0).merchantPaysFee()).isFalse();
    assertThat(gateway.asked.get(0).amount()).isEqualByComparingTo("15");
    assertThat(refund.amountToSend()).isEqualByComparingTo("14");
    assertThat(RefundJson.of(refund).getString("buyerReceives")).isEqualTo("14");
  }

  @Test
  void theBuyersLinkOpensOnceForItsCheckoutUntilItExpiresOrIsReplaced() {
    Order order = fixture.paid("75");
    dev.paydesk.application.fake.MovingClock clock = new dev.paydesk.application.fake.MovingClock();
    clock.now = dev.paydesk.domain.order.OrderBuilder.T0.plusSeconds(120);
    RefundService service =
        new RefundService(
            fixture.path.orders,
            refunds,
            new RefundSettings(Optional.empty()),
            fixture.changed,
            clock);
    RefundFlow flow = new RefundFlow(service, gateway);
    Refund refund =
        flow.ask(
            new RefundRequest(
                order.publicId(),
                new BigDecimal("15"),
                Refund.Reason.OVERPAYMENT,
                null,
                FeeQuote.Payer.MERCHANT,
                null),
            EventSource.SHOP,
            "shop");
    assertThat(refund.status()).isEqualTo(RefundStatus.AWAITING_ADDRESS);
    String first = service.newBuyerLink(refund.id(), EventSource.SHOP, "shop").token();
    RefundService.BuyerLink link = service.newBuyerLink(refund.id(), EventSource.SHOP, "shop");

    assertThat(service.openLink(order.publicId(), first)).as("replaced").isEmpty();
    assertThat(service.openLink(order.publicId(), link.token())).isPresent();
    assertThat(service.openLink(fixture.paid("60").publicId(), link.token())).isEmpty();
    assertThat(link.url("https://pay.example/paydesk"))
        .isEqualTo(
            "https://pay.example/paydesk/pay/"
                + order.publicId().value()
                + "/refund/"
                + link.token());
    clock.now = link.expiresAt();
    RefundServiceTest.refused(
        () -> flow.giveDestinationByLink(order.publicId(), link.token(), BUYER),
        Refusal.WRONG_STATE);
    clock.now = link.expiresAt().minusSeconds(1);

    Refund sent = flow.giveDestinationByLink(order.publicId(), link.token(), BUYER);

    assertThat(sent.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(service.openLink(order.publicId(), link.token())).as("used up").isEmpty();
    assertThat(gateway.made).hasSize(1);
  }

  @Test
  void aWithdrawalOrderIdNamesItsRefund() {
    assertThat(RefundFlow.refundIdOf("rf-Ab_c-d9-2")).contains("Ab_c-d9");
    assertThat(RefundFlow.refundIdOf("wd_1710234589577")).isEmpty();
    assertThat(RefundFlow.refundIdOf("rf-")).isEmpty();
  }
}

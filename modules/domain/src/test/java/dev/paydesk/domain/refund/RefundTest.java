package dev.paydesk.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundTest {

  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  static final RefundDestination TRON =
      new RefundDestination.ChainAddress("TRX", "TXYZabcdefghijklmnopqrstuvwxyz1234", null);

  static Refund ask(String id, String amount, boolean approval, RefundDestination to) {
    return Refund.ask(
        id,
        "co_1",
        "USDT",
        "TRX",
        new BigDecimal(amount),
        Refund.Reason.OVERPAYMENT,
        "olga",
        NOW,
        approval,
        to);
  }

  static void refused(Runnable action, Refusal refusal) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            RefundRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
  }

  @Test
  void neverMoreThanWasCreditedLessWhatOtherRefundsHold() {
    BigDecimal credited = new BigDecimal("30");
    List<Refund> refunds = new ArrayList<>();
    RefundBook.requireRefundable(new BigDecimal("20"), 6, credited, refunds);
    refunds.add(ask("r1", "20", false, TRON));

    refused(
        () -> RefundBook.requireRefundable(new BigDecimal("10.000001"), 6, credited, refunds),
        Refusal.MORE_THAN_REFUNDABLE);
    RefundBook.requireRefundable(new BigDecimal("10"), 6, credited, refunds);
    assertThat(RefundBook.refundable(credited, refunds)).isEqualByComparingTo("10");
  }

  @Test
  void everyStateButCancelledHoldsItsMoneyAndOnlySucceededCountsAsRefunded() {
    BigDecimal credited = new BigDecimal("30");
    Refund failed = ask("r1", "5", false, TRON);
    failed.sending();
    failed.failed("insufficient balance");
    Refund cancelled = ask("r2", "5", false, null);
    cancelled.cancel();
    Refund done = ask("r3", "5", false, TRON);
    done.sending();
    done.accepted("rec-3");
    done.succeeded("rec-3", "0xabc");
    Refund waiting = ask("r4", "5", true, TRON);

    List<Refund> refunds = List.of(failed, cancelled, done, waiting);

    assertThat(RefundBook.refundable(credited, refunds)).isEqualByComparingTo("15");
    assertThat(RefundBook.refunded(refunds)).isEqualByComparingTo("5");
  }

  @Test
  void aZeroOrTooPreciseAmountIsRefused() {
    refused(
        () -> RefundBook.requireRefundable(BigDecimal.ZERO, 6, BigDecimal.TEN, List.of()),
        Refusal.INVALID_AMOUNT);
    refused(
        () ->
            RefundBook.requireRefundable(new BigDecimal("0.0000001"), 6, BigDecimal.TEN, List.of()),
        Refusal.INVALID_AMOUNT);
  }

  @Test
  void aboveTheThresholdOnlyAnAdminOtherThanTheAskerApproves() {
    assertThat(RefundBook.needsApproval(new BigDecimal("100.01"), new BigDecimal("100"))).isTrue();
    assertThat(RefundBook.needsApproval(new BigDecimal("100"), new BigDecimal("100"))).isFalse();
    assertThat(RefundBook.needsApproval(new BigDecimal("1000000"), null)).isFalse();

    Refund refund = ask("r1", "150", true, TRON);
    assertThat(refund.status()).isEqualTo(RefundStatus.AWAITING_APPROVAL);
    refused(refund::sending, Refusal.WRONG_STATE);
    refused(() -> refund.approve("olga", true), Refusal.NOT_AN_APPROVER);
    refused(() -> refund.approve("oscar", false), Refusal.NOT_AN_APPROVER);

    refund.approve("ada", true);

    assertThat(refund.status()).isEqualTo(RefundStatus.READY);
    assertThat(refund.approvedBy()).contains("ada");
  }

  @Test
  void withoutADestinationItWaitsForOneOnThePaymentsOwnChain() {
    Refund refund = ask("r1", "5", false, null);
    assertThat(refund.status()).isEqualTo(RefundStatus.AWAITING_ADDRESS);
    refused(
        () ->
            refund.destinationGiven(
                new RefundDestination.ChainAddress("ETH", "0x43fEeF6879286BBAC5082f17AD3d", null)),
        Refusal.INVALID_DESTINATION);
    refused(
        () -> new RefundDestination.ChainAddress("TRX", "short", null),
        Refusal.INVALID_DESTINATION);
    refused(() -> new RefundDestination.Cwallet("x"), Refusal.INVALID_DESTINATION);

    refund.destinationGiven(new RefundDestination.Cwallet("9558861"));

    assertThat(refund.status()).isEqualTo(RefundStatus.READY);
  }

  @Test
  void eachAttemptHasOneWithdrawalIdAndOnlyAKnownFailureStartsAnother() {
    Refund refund = ask("r1", "5", false, TRON);
    String first = refund.withdrawalOrderId();
    refund.sending();
    // a time-out: the state stays SENDING and the retry asks for the same withdrawal
    refused(refund::sending, Refusal.WRONG_STATE);
    refused(refund::retry, Refusal.WRONG_STATE);
    assertThat(refund.withdrawalOrderId()).isEqualTo(first).hasSizeBetween(3, 64);

    assertThat(refund.failed("address blocked")).isTrue();
    assertThat(refund.failed("address blocked")).as("a repeated webhook").isFalse();
    refund.retry();

    assertThat(refund.withdrawalOrderId()).isNotEqualTo(first).endsWith("-2");
    assertThat(refund.status()).isEqualTo(RefundStatus.READY);
  }

  @Test
  void aRefundWithMoneyOutCannotBeCancelledAndFinalStatesStay() {
    Refund refund = ask("r1", "5", false, TRON);
    refund.sending();
    refused(refund::cancel, Refusal.WRONG_STATE);
    refund.accepted("rec");
    refused(refund::cancel, Refusal.WRONG_STATE);
    assertThat(refund.succeeded("rec", "tx")).isTrue();
    assertThat(refund.succeeded("rec", "tx")).as("a repeated webhook").isFalse();
    refused(() -> refund.failed("late news"), Refusal.WRONG_STATE);
    refused(refund::cancel, Refusal.WRONG_STATE);
    assertThat(refund.status().isFinal()).isTrue();
  }

  @Test
  void theBuyerBearsTheFeeOnlyInTheRefundsOwnCoin() {
    Refund refund = ask("r1", "10", false, TRON);
    refund.feeQuoted(new FeeQuote("USDT", new BigDecimal("1.5"), "q1"), FeeQuote.Payer.BUYER);
    assertThat(refund.amountToSend()).isEqualByComparingTo("8.5");

    refused(
        () -> refund.feeQuoted(new FeeQuote("TRX", BigDecimal.ONE, "q2"), FeeQuote.Payer.BUYER),
        Refusal.INVALID_AMOUNT);
    refused(
        () -> refund.feeQuoted(new FeeQuote("USDT", BigDecimal.TEN, "q3"), FeeQuote.Payer.BUYER),
        Refusal.INVALID_AMOUNT);
    refund.feeQuoted(new FeeQuote("TRX", BigDecimal.ONE, "q4"), FeeQuote.Payer.MERCHANT);
    assertThat(refund.amountToSend()).isEqualByComparingTo("10");
  }
}

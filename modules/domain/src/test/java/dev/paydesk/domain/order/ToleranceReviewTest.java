package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An underpayment tolerance means the same money on every token, and never forgives a whole order.
 */
class ToleranceReviewTest {

  static OrderStatus afterPaying(Order order, String amount, UnderpaymentTolerance tolerance) {
    order.applyPayment(
        new PaymentReport(
            "r-1",
            "ab12",
            PaymentStatus.SUCCESS,
            new BigDecimal(amount),
            OrderBuilder.T0,
            EventSource.WEBHOOK),
        tolerance,
        OrderBuilder.T0,
        null);
    return order.status();
  }

  static Order bitcoinOrder() {
    return OrderBuilder.anOrder().price("25.00").cryptoAmount("0.00025").payable();
  }

  @Test
  void aToleranceMeantForUsdtDoesNotLetASatoshiPayABitcoinOrder() {
    UnderpaymentTolerance fiveCents = UnderpaymentTolerance.amount("0.05", "USD");
    assertThat(afterPaying(bitcoinOrder(), "0.00000001", fiveCents))
        .isEqualTo(OrderStatus.UNDERPAID);
    // 0.05 USD of a 25 USD order is 0.0000005 BTC at the order's own rate
    assertThat(afterPaying(bitcoinOrder(), "0.0002495", fiveCents)).isEqualTo(OrderStatus.PAID);
    assertThat(afterPaying(bitcoinOrder(), "0.00024949", fiveCents))
        .isEqualTo(OrderStatus.UNDERPAID);
  }

  @Test
  void theMinimumStaysAboveZeroWhateverTheAmount() {
    UnderpaymentTolerance huge = UnderpaymentTolerance.amount("30", "USD");
    BigDecimal due = new BigDecimal("0.00025");
    assertThat(huge.minimumFor(due, new BigDecimal("25.00"), "USD")).isEqualByComparingTo(due);
    UnderpaymentTolerance both =
        new UnderpaymentTolerance(Map.of("USD", new BigDecimal("25")), new BigDecimal("99.99"));
    assertThat(both.minimumFor(due, new BigDecimal("25.00"), "USD")).isPositive();
    assertThat(afterPaying(bitcoinOrder(), "0.00000001", huge)).isEqualTo(OrderStatus.UNDERPAID);
  }

  @Test
  void anAmountAppliesOnlyToOrdersPricedInItsCurrencyOrToken() {
    UnderpaymentTolerance euros = UnderpaymentTolerance.amount("1.00", "EUR");
    assertThat(euros.minimumFor(new BigDecimal("10"), new BigDecimal("10.00"), "USD"))
        .isEqualByComparingTo("10");
    UnderpaymentTolerance satoshis = UnderpaymentTolerance.amount("0.00001", "btc");
    assertThat(satoshis.minimumFor(new BigDecimal("0.001"), new BigDecimal("0.001"), "BTC"))
        .isEqualByComparingTo("0.00099");
  }

  @Test
  void readsAmountsOnlyWithTheirCurrency() {
    assertThat(UnderpaymentTolerance.parseAmounts("0.50 USD, 0.0001 btc"))
        .containsEntry("USD", new BigDecimal("0.50"))
        .containsEntry("BTC", new BigDecimal("0.0001"));
    assertThat(UnderpaymentTolerance.parseAmounts("0")).isEmpty();
    assertThatThrownBy(() -> UnderpaymentTolerance.parseAmounts("0.05"))
        .hasMessageContaining("0.05")
        .hasMessageContaining("0.50 USD");
    assertThatThrownBy(() -> UnderpaymentTolerance.parseAmounts("-1 USD"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

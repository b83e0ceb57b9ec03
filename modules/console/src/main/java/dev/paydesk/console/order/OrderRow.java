package dev.paydesk.console.order;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.console.Times;
import java.math.BigDecimal;

/** One checkout in the order list (a class with getters: page expressions cannot read records). */
public class OrderRow {

  private final CheckoutView checkout;

  public OrderRow(CheckoutView checkout) {
    this.checkout = checkout;
  }

  static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }

  public String getId() {
    return checkout.id();
  }

  public String getMerchantOrderId() {
    return checkout.merchantOrderId();
  }

  public String getStatus() {
    return checkout.status().name();
  }

  public String getPrice() {
    return checkout.price().toPlainString() + " " + checkout.currency();
  }

  public String getCryptoAmount() {
    return checkout.cryptoAmount() == null
        ? ""
        : plain(checkout.cryptoAmount()) + " " + checkout.crypto();
  }

  public String getAmountPaid() {
    return checkout.amountPaid() == null ? "" : plain(checkout.amountPaid());
  }

  public String getNetwork() {
    return checkout.network() == null ? "" : checkout.network();
  }

  public String getCreatedAt() {
    return Times.format(checkout.createdAt());
  }

  public String getUpdatedAt() {
    return Times.format(checkout.updatedAt());
  }

  public String getCurrency() {
    return checkout.currency();
  }

  public String getCrypto() {
    return checkout.crypto() == null ? "" : checkout.crypto();
  }

  public String getRemark() {
    return checkout.remark() == null ? "" : checkout.remark();
  }

  public String getCcpaymentOrderId() {
    return checkout.gatewayOrderId() == null ? "" : checkout.gatewayOrderId();
  }

  public String getGatewayMerchantOrderId() {
    return checkout.gatewayMerchantOrderId();
  }

  public String getPayAddress() {
    return checkout.payAddress() == null ? "" : checkout.payAddress();
  }

  public String getMemo() {
    return checkout.memo() == null ? "" : checkout.memo();
  }

  public String getGatewayError() {
    return checkout.gatewayError() == null ? "" : checkout.gatewayError();
  }

  public boolean isPayable() {
    return checkout.payable();
  }

  public String getAmountRemaining() {
    return plain(checkout.amountRemaining());
  }

  public String getExpiresAt() {
    return Times.format(checkout.expiresAt());
  }

  /** What a person must look into, if anything (shown only in the console). */
  public String getReviewReason() {
    return checkout.reviewReason();
  }
}

package dev.paydesk.rest.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.qr.QrPng;
import java.math.BigDecimal;

/**
 * The QR code a buyer scans: the pay address, as a payment URI where the chain has a standard one.
 */
final class PaymentQrCode {

  static final int SIZE = 320;

  private PaymentQrCode() {}

  /**
   * BIP-21 {@code bitcoin:} carries the amount still due (all of it, or the remainder of an
   * underpaid order); a Lightning invoice carries its own; for other chains wallets agree on no
   * amount format (EIP-681 amounts are in wei and token-specific), so the QR holds the bare address
   * and the page shows amount and memo beside it.
   */
  static String content(CheckoutView checkout) {
    String address = checkout.payAddress();
    String network = checkout.network() == null ? "" : checkout.network();
    if ("BTC".equalsIgnoreCase(network)) {
      BigDecimal due =
          checkout.amountRemaining() != null && checkout.amountRemaining().signum() > 0
              ? checkout.amountRemaining()
              : checkout.cryptoAmount();
      return "bitcoin:"
          + address
          + (due == null ? "" : "?amount=" + due.stripTrailingZeros().toPlainString());
    }
    if ("Lightning".equalsIgnoreCase(network)) {
      return "lightning:" + address;
    }
    return address;
  }

  /**
   * Whether what the QR encodes stays the same while the checkout is payable: for every network but
   * BTC, whose QR asks for what remains of an underpaid order.
   */
  static boolean fixedWhilePayable(CheckoutView checkout) {
    return !"BTC".equalsIgnoreCase(checkout.network() == null ? "" : checkout.network());
  }

  static byte[] png(String content) {
    return QrPng.png(content, SIZE);
  }
}

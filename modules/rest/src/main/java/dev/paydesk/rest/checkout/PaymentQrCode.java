package dev.paydesk.rest.checkout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.paydesk.application.order.CheckoutView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import javax.imageio.ImageIO;

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
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  SIZE,
                  SIZE,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
      BufferedImage image =
          new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for this address", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.paydesk.rest.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentQrCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "T5gnzMgVZDxDE8ZVns2KNN3xxboTEHPqzU",
        "bitcoin:bc1qqpzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9x8gf?amount=0.00148699",
        "0x52908400098527886e0f7030069857d2e4169ee7"
      })
  void encodesWhatAScannerReadsBack(String content) throws Exception {
    byte[] png = PaymentQrCode.png(content);
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(PaymentQrCode.SIZE);
    String decoded =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(decoded).isEqualTo(content);
  }
}

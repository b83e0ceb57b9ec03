package dev.paydesk.application.shopevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopEventSignatureTest {

  static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsAsOpensslDoes() {
    // printf '%s' '1795560000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac 'whsec_test'
    assertThat(ShopEventSignature.header("whsec_test", 1795560000L, BODY))
        .isEqualTo(
            "t=1795560000,v1=8b5e0695c581cd433281bc39c8c307b4365eabcbace9c74af1e403852e718364");
  }

  @Test
  void aShopVerifiesWhatWasSignedWithItsSecretOnly() {
    String header = ShopEventSignature.header("whsec_test", 1795560000L, BODY);

    assertThat(ShopEventSignature.verify("whsec_test", header, BODY)).isTrue();
    assertThat(ShopEventSignature.verify("another", header, BODY)).isFalse();
    assertThat(
            ShopEventSignature.verify(
                "whsec_test", header, "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(ShopEventSignature.verify("whsec_test", header.replace("t=1795560000", "t=1"), BODY))
        .as("the timestamp is signed too")
        .isFalse();
    assertThat(ShopEventSignature.verify("whsec_test", null, BODY)).isFalse();
  }
}

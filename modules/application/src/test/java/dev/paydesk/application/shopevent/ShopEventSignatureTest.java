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

  @Test
  void whatPaydeskSendsIsWhatThePublishedVectorsSay() throws Exception {
    // docs/shop-event-vectors.json: shops test their verification against these
    jakarta.json.JsonObject vectors =
        jakarta.json.spi.JsonProvider.provider()
            .createReader(
                new java.io.StringReader(
                    java.nio.file.Files.readString(
                        java.nio.file.Path.of("../../docs/shop-event-vectors.json"))))
            .readObject();
    byte[] body = vectors.getString("body").getBytes(StandardCharsets.UTF_8);
    jakarta.json.JsonObject signed = vectors.getJsonArray("cases").getJsonObject(0);
    jakarta.json.JsonObject rotating = vectors.getJsonArray("cases").getJsonObject(1);

    assertThat(ShopEventSignature.header("whsec_test_secret_0123456789abcdef", 1796551200L, body))
        .isEqualTo(signed.getString("header"));
    assertThat(
            ShopEventSignature.header(
                java.util.List.of(
                    "whsec_new_secret_fedcba9876543210", "whsec_test_secret_0123456789abcdef"),
                1796551200L,
                body))
        .isEqualTo(rotating.getString("header"));
  }
}

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
  void theSignatureCoversSecretBodyAndTimestamp() {
    // verifying is the shop kit's (ShopEvents, tested on the published vectors); here: what is
    // signed
    String signed = ShopEventSignature.hmac("whsec_test", 1795560000L, BODY);

    assertThat(ShopEventSignature.header("whsec_test", 1795560000L, BODY))
        .isEqualTo("t=1795560000,v1=" + signed);
    assertThat(ShopEventSignature.hmac("another", 1795560000L, BODY)).isNotEqualTo(signed);
    assertThat(
            ShopEventSignature.hmac(
                "whsec_test", 1795560000L, "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(signed);
    assertThat(ShopEventSignature.hmac("whsec_test", 1L, BODY))
        .as("the timestamp is signed too")
        .isNotEqualTo(signed);
  }

  @Test
  void signsTheStandardWebhooksWayAsOpensslDoes() {
    // printf '%s' 'evt_1.1795560000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac 'shop-secret'
    // -binary
    //   | base64
    assertThat(
            ShopEventSignature.standardSignature(
                java.util.List.of("shop-secret"), "evt_1", 1795560000L, BODY))
        .isEqualTo("v1,F+awzIIKlCA9ChkAgXO3C4nYCN4V4cNrDsLljR9XGco=");
  }

  static jakarta.json.JsonObject vectors() throws java.io.IOException {
    // docs/shop-event-vectors.json (written with Python's hmac): shops test their verification
    // against these, and the shop kit's own tests run them
    return jakarta.json.spi.JsonProvider.provider()
        .createReader(
            new java.io.StringReader(
                java.nio.file.Files.readString(
                    java.nio.file.Path.of("../../docs/shop-event-vectors.json"))))
        .readObject();
  }

  static jakarta.json.JsonObject vector(String name) throws java.io.IOException {
    return vectors().getJsonArray("cases").getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(c -> c.getString("name").startsWith(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void whatPaydeskSendsIsWhatThePublishedVectorsSay() throws Exception {
    byte[] body = vectors().getString("body").getBytes(StandardCharsets.UTF_8);
    String secret = "shop-test-secret-0123456789abcdef";
    String next = "shop-new-secret-fedcba9876543210";
    long t = 1796551200L;

    java.util.Map<String, String> sent =
        ShopEventSignature.headers(java.util.List.of(secret), "evt_test_0001", t, body);
    jakarta.json.JsonObject both = vector("both schemes").getJsonObject("headers");
    assertThat(sent).hasSize(both.size());
    both.forEach(
        (name, value) ->
            assertThat(sent).containsEntry(name, ((jakarta.json.JsonString) value).getString()));

    java.util.List<String> rotating = java.util.List.of(next, secret);
    assertThat(ShopEventSignature.standardSignature(rotating, "evt_test_0001", t, body))
        .isEqualTo(
            vector("standard: during a rotation")
                .getJsonObject("headers")
                .getString("webhook-signature"));
    assertThat(ShopEventSignature.header(rotating, t, body))
        .isEqualTo(
            vector("paydesk: during a rotation")
                .getJsonObject("headers")
                .getString("Paydesk-Signature"));

    jakarta.json.JsonObject whsec = vector("standard: a whsec_ secret");
    assertThat(
            ShopEventSignature.standardSignature(
                java.util.List.of(whsec.getJsonArray("secrets").getString(0)),
                "evt_test_0001",
                t,
                body))
        .isEqualTo(whsec.getJsonObject("headers").getString("webhook-signature"));
  }
}

package dev.paydesk.client.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Verification against the vectors published in {@code docs/shop-event-vectors.json}. */
class ShopEventsTest {

  static final Path VECTORS = Path.of("../../docs/shop-event-vectors.json");

  static JsonObject vectors() throws Exception {
    return JsonProvider.provider()
        .createReader(new StringReader(Files.readString(VECTORS)))
        .readObject();
  }

  static Stream<JsonObject> cases() throws Exception {
    return vectors().getJsonArray("cases").getValuesAs(JsonObject.class).stream();
  }

  static ShopEvents.Headers headers(JsonObject vector) {
    JsonObject headers = vector.getJsonObject("headers");
    return name ->
        headers.keySet().stream()
            .filter(name::equalsIgnoreCase)
            .map(headers::getString)
            .findFirst()
            .orElse(null);
  }

  static List<String> secrets(JsonObject vector) {
    return vector.getJsonArray("secrets").getValuesAs(s -> ((JsonString) s).getString());
  }

  static Clock at(JsonObject vector) {
    return Clock.fixed(
        Instant.ofEpochSecond(vector.getJsonNumber("now").longValue()), ZoneOffset.UTC);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachPublishedVectorGivesItsVerdict(JsonObject vector) throws Exception {
    byte[] body = vectors().getString("body").getBytes(StandardCharsets.UTF_8);
    Duration tolerance = Duration.ofSeconds(vector.getInt("toleranceSeconds"));
    String verdict = vector.getString("verdict");

    if (verdict.equals("VERIFIED")) {
      ShopEvent event =
          ShopEvents.verify(body, headers(vector), secrets(vector), tolerance, at(vector));
      assertThat(event.id()).isEqualTo("evt_test_0001");
      assertThat(event.paid()).isTrue();
      assertThat(event.checkout().getString("merchantOrderId")).isEqualTo("A-1001");
    } else {
      assertThatThrownBy(
              () ->
                  ShopEvents.verify(body, headers(vector), secrets(vector), tolerance, at(vector)))
          .isInstanceOfSatisfying(
              ShopEventRefused.class,
              e -> assertThat(e.reason().name()).as(vector.getString("name")).isEqualTo(verdict));
    }
  }

  @Test
  void aSecretInTheStandardWebhooksFormIsTheSameKey() throws Exception {
    JsonObject forms = vectors().getJsonObject("standardWebhooksSecrets");
    JsonObject signed = cases().findFirst().orElseThrow();
    byte[] body = vectors().getString("body").getBytes(StandardCharsets.UTF_8);

    for (String secret : forms.keySet()) {
      assertThat(ShopEvents.standardWebhooksSecret(secret)).isEqualTo(forms.getString(secret));
    }
    String whsec = forms.getString(secrets(signed).get(0));
    assertThat(
            ShopEvents.verify(
                    body, headers(signed), List.of(whsec), ShopEvents.DEFAULT_TOLERANCE, at(signed))
                .id())
        .as("a shop that stores the whsec_ form, as a Standard Webhooks library wants it")
        .isEqualTo("evt_test_0001");
  }

  @Test
  void headersComeFromAMapWhateverTheirCase() throws Exception {
    JsonObject both =
        cases()
            .filter(c -> c.getString("name").startsWith("both schemes"))
            .findFirst()
            .orElseThrow();
    Map<String, List<String>> asSent = new java.util.HashMap<>();
    both.getJsonObject("headers")
        .forEach((k, v) -> asSent.put(k.toUpperCase(), List.of(((JsonString) v).getString())));
    byte[] body = vectors().getString("body").getBytes(StandardCharsets.UTF_8);

    assertThat(
            ShopEvents.verify(
                    body,
                    ShopEvents.Headers.of(asSent),
                    secrets(both),
                    ShopEvents.DEFAULT_TOLERANCE,
                    at(both))
                .type())
        .isEqualTo("checkout.paid");
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    JsonObject first = cases().findFirst().orElseThrow();
    JsonObject paydeskOnly =
        cases().filter(c -> c.getString("name").startsWith("paydesk:")).findFirst().orElseThrow();
    byte[] changed =
        vectors()
            .getString("body")
            .replace("checkout.paid", "checkout.PAID")
            .getBytes(StandardCharsets.UTF_8);

    for (JsonObject vector : List.of(first, paydeskOnly)) {
      assertThatThrownBy(
              () ->
                  ShopEvents.verify(
                      changed,
                      headers(vector),
                      secrets(vector),
                      ShopEvents.DEFAULT_TOLERANCE,
                      at(vector)))
          .isInstanceOfSatisfying(
              ShopEventRefused.class,
              e -> assertThat(e.reason()).isEqualTo(ShopEventRefused.Reason.BAD_SIGNATURE));
    }
  }

  @Test
  void aSignedBodyThatIsNoEventIsRefusedAsMalformed() {
    byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
    long t = 1_800_000_000L;
    Map<String, String> sent =
        Map.of(
            ShopEvents.WEBHOOK_ID,
            "evt_1",
            ShopEvents.WEBHOOK_TIMESTAMP,
            Long.toString(t),
            ShopEvents.WEBHOOK_SIGNATURE,
            "v1," + ShopEvents.signStandard("s", "evt_1", t, body));

    assertThatThrownBy(
            () ->
                ShopEvents.verify(
                    body,
                    sent::get,
                    List.of("s"),
                    ShopEvents.DEFAULT_TOLERANCE,
                    Clock.fixed(Instant.ofEpochSecond(t), ZoneOffset.UTC)))
        .isInstanceOfSatisfying(
            ShopEventRefused.class,
            e -> assertThat(e.reason()).isEqualTo(ShopEventRefused.Reason.MALFORMED_BODY));
  }
}

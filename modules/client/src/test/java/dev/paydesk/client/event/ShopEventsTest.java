package dev.paydesk.client.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachPublishedVectorGivesItsVerdict(JsonObject vector) throws Exception {
    byte[] body = vectors().getString("body").getBytes(StandardCharsets.UTF_8);
    String header = vector.get("header") == JsonValue.NULL ? null : vector.getString("header");
    List<String> secrets =
        vector.getJsonArray("secrets").getValuesAs(s -> ((jakarta.json.JsonString) s).getString());
    Clock at =
        Clock.fixed(Instant.ofEpochSecond(vector.getJsonNumber("now").longValue()), ZoneOffset.UTC);
    Duration tolerance = Duration.ofSeconds(vector.getInt("toleranceSeconds"));
    String verdict = vector.getString("verdict");

    if (verdict.equals("VERIFIED")) {
      ShopEvent event = ShopEvents.verify(body, header, secrets, tolerance, at);
      assertThat(event.id()).isEqualTo("evt_test_0001");
      assertThat(event.paid()).isTrue();
      assertThat(event.checkout().getString("merchantOrderId")).isEqualTo("A-1001");
    } else {
      assertThatThrownBy(() -> ShopEvents.verify(body, header, secrets, tolerance, at))
          .isInstanceOfSatisfying(
              ShopEventRefused.class,
              e -> assertThat(e.reason().name()).as(vector.getString("name")).isEqualTo(verdict));
    }
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    JsonObject first = cases().findFirst().orElseThrow();
    byte[] changed =
        vectors()
            .getString("body")
            .replace("checkout.paid", "checkout.PAID")
            .getBytes(StandardCharsets.UTF_8);
    Clock at =
        Clock.fixed(Instant.ofEpochSecond(first.getJsonNumber("now").longValue()), ZoneOffset.UTC);

    assertThatThrownBy(
            () ->
                ShopEvents.verify(
                    changed,
                    first.getString("header"),
                    List.of("whsec_test_secret_0123456789abcdef"),
                    ShopEvents.DEFAULT_TOLERANCE,
                    at))
        .isInstanceOfSatisfying(
            ShopEventRefused.class,
            e -> assertThat(e.reason()).isEqualTo(ShopEventRefused.Reason.BAD_SIGNATURE));
  }

  @Test
  void aSignedBodyThatIsNoEventIsRefusedAsMalformed() {
    byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
    long t = 1_800_000_000L;
    String header = "t=" + t + ",v1=" + ShopEvents.sign("s", t, body);

    assertThatThrownBy(
            () ->
                ShopEvents.verify(
                    body,
                    header,
                    List.of("s"),
                    ShopEvents.DEFAULT_TOLERANCE,
                    Clock.fixed(Instant.ofEpochSecond(t), ZoneOffset.UTC)))
        .isInstanceOfSatisfying(
            ShopEventRefused.class,
            e -> assertThat(e.reason()).isEqualTo(ShopEventRefused.Reason.MALFORMED_BODY));
  }
}

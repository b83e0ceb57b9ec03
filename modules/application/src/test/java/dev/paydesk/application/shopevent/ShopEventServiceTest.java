package dev.paydesk.application.shopevent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.shopevent.EndpointTally;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopEventServiceTest {

  /** An outbox that only tallies: what the deliveries page's order is made from. */
  static ShopEventOutbox tallying(List<EndpointTally> tally) {
    return new dev.paydesk.application.fake.PartialShopEventOutbox() {
      @Override
      public List<EndpointTally> tally() {
        return tally;
      }
    };
  }

  @Test
  void failingEndpointsComeFirstTheWorstFirstAndConfiguredOnesShowBeforeTheirFirstEvent() {
    Instant at = Instant.parse("2026-11-25T10:00:00Z");
    EndpointTally fine = new EndpointTally("https://a.shop/hook", 40, 0, 0, 0, at);
    EndpointTally someTrouble = new EndpointTally("https://b.shop/hook", 10, 2, 1, 0, at);
    EndpointTally down = new EndpointTally("https://c.shop/hook", 0, 5, 5, 3, null);
    EndpointTally retired = new EndpointTally("https://old.shop/hook", 7, 0, 0, 0, at);
    ShopEventService service =
        new ShopEventService(
            tallying(List.of(fine, someTrouble, down, retired)),
            new ShopEventSettings(
                Optional.of("https://a.shop/hook, https://new.shop/hook"),
                Optional.of("secret"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                new dev.paydesk.application.gateway.GatewayMode("sandbox")),
            new dev.paydesk.application.fake.InMemoryOrderRepository());

    assertThat(service.endpoints())
        .containsExactly(
            down, someTrouble, fine, EndpointTally.none("https://new.shop/hook"), retired);
  }

  static ShopEventSettings settings(String mode, String endpoints, String secret) {
    return new ShopEventSettings(
        Optional.ofNullable(endpoints),
        Optional.ofNullable(secret),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        new dev.paydesk.application.gateway.GatewayMode(mode));
  }

  @Test
  void anEndpointWithoutASecretRefusesTheStartAndLiveModeWantsAStrongOne() {
    assertThat(settings("sandbox", "https://a.shop/hook", null).problems())
        .singleElement()
        .asString()
        .contains("paydesk.shop-events.secret");
    assertThat(settings("sandbox", null, null).problems()).isEmpty();
    assertThat(settings("sandbox", "https://a.shop/hook", "short").problems()).isEmpty();
    assertThat(settings("live", "https://a.shop/hook", "short").problems())
        .singleElement()
        .asString()
        .contains("32 characters");
    assertThat(
            settings("live", "https://a.shop/hook", "0f5c1e7a9b2d4c6e8f0a1b3c5d7e9f21aa")
                .problems())
        .isEmpty();
  }

  @Test
  void onlyTheStartOfAShopsAnswerIsRead() throws Exception {
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(tenMegabytes, (byte) 'x');
    var answer = new java.io.ByteArrayInputStream(tenMegabytes);

    String excerpt = ShopEventDeliveryService.excerpt(answer);

    assertThat(excerpt).hasSize(200);
    assertThat(answer.available())
        .as("the rest was never read")
        .isEqualTo(tenMegabytes.length - ShopEventDeliveryService.ANSWER_BYTES);
  }
}

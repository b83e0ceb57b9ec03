package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.shopevent.ShopEventRecorder;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published contract's enums are the code's (issue 26): a status, kind, outcome or event type
 * added to the code and not to {@code openapi.yaml}, or the other way round, fails here before any
 * shop's generated client meets it.
 */
class ApiDocumentEnumsTest {

  static OpenAPI document;

  @BeforeAll
  static void readTheDocument() {
    try (InputStream in =
        ApiDocumentEnumsTest.class.getResourceAsStream("/dev/paydesk/rest/openapi.yaml")) {
      document =
          new OpenAPIV3Parser()
              .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .getOpenAPI();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void checkoutStatuses() {
    assertThat(values("CheckoutStatus", null)).isEqualTo(names(OrderStatus.values()));
  }

  @Test
  void paymentStatuses() {
    assertThat(values("Payment", "status")).isEqualTo(names(PaymentStatus.values()));
  }

  @Test
  void timelineKindsAndSources() {
    assertThat(values("TimelineEntry", "kind")).isEqualTo(names(TimelineEntry.Kind.values()));
    assertThat(values("TimelineEntry", "source")).isEqualTo(names(EventSource.values()));
  }

  @Test
  void webhookOutcomes() {
    assertThat(values("WebhookOutcome", null)).isEqualTo(names(ReceivedWebhook.Outcome.values()));
  }

  @Test
  void refundStatusesReasonsAndFeePayers() {
    assertThat(values("Refund", "status")).isEqualTo(names(RefundStatus.values()));
    assertThat(values("Refund", "reason")).isEqualTo(names(Refund.Reason.values()));
    assertThat(values("NewRefund", "reason")).isEqualTo(names(Refund.Reason.values()));
    assertThat(values("Refund", "feePaidBy")).isEqualTo(names(FeeQuote.Payer.values()));
    assertThat(values("NewRefund", "feePaidBy")).isEqualTo(names(FeeQuote.Payer.values()));
  }

  @Test
  void shopEventTypes() {
    assertThat(values("ShopEventType", null)).isEqualTo(ShopEventRecorder.eventTypes());
  }

  @Test
  void ccpaymentApiVersions() {
    assertThat(values("Checkout", "ccpaymentApi"))
        .isEqualTo(names(GatewayApi.values(), name -> name.toLowerCase(Locale.ROOT)));
  }

  /** The enum of a schema, or of one of its properties. */
  static Set<String> values(String schema, String property) {
    Schema<?> target = document.getComponents().getSchemas().get(schema);
    assertThat(target).as(schema).isNotNull();
    if (property != null) {
      target = target.getProperties().get(property);
      assertThat(target).as(schema + "." + property).isNotNull();
      if (target.get$ref() != null) {
        String name = target.get$ref().substring(target.get$ref().lastIndexOf('/') + 1);
        return values(name, null);
      }
    }
    List<?> values = target.getEnum();
    assertThat(values)
        .as("the enum of %s%s", schema, property == null ? "" : "." + property)
        .isNotNull();
    return values.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> names(Enum<?>[] values) {
    return names(values, Function.identity());
  }

  static Set<String> names(Enum<?>[] values, Function<String, String> spelling) {
    return Arrays.stream(values)
        .map(Enum::name)
        .map(spelling)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}

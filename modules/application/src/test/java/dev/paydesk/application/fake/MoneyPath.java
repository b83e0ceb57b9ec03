package dev.paydesk.application.fake;

import dev.paydesk.application.payment.GatewayLookup;
import dev.paydesk.application.payment.LatePaymentReceived;
import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.payment.PaymentSettings;
import dev.paydesk.domain.order.OrderBuilder;
import java.time.Clock;
import java.time.ZoneOffset;

/** The payment path wired on in-memory ports, as the use cases under test see it. */
public class MoneyPath {

  public final Clock clock = Clock.fixed(OrderBuilder.T0, ZoneOffset.UTC);
  public final InMemoryOrderRepository orders = new InMemoryOrderRepository();
  public final FakeGateway gateway = new FakeGateway();
  public final RecordingEvent<OrderStatusChanged> statusChanged = new RecordingEvent<>();
  public final RecordingEvent<LatePaymentReceived> latePayments = new RecordingEvent<>();
  public final InMemoryWebhookLog webhooks = new InMemoryWebhookLog();
  public final PaymentService payments =
      new PaymentService(
          orders,
          orders,
          orders,
          webhooks,
          (body, at) -> {
            throw new UnsupportedOperationException("no stored bodies in these tests");
          },
          new PaymentSettings("0", "0"),
          statusChanged,
          latePayments,
          clock);
  public final GatewayLookup lookup = new GatewayLookup(gateway);
}

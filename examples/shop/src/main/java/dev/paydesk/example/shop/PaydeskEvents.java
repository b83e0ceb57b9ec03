package dev.paydesk.example.shop;

import dev.paydesk.client.cdi.ShopEventResource;
import jakarta.ws.rs.Path;

/** Where Paydesk sends its events: {@code <shop.public-url>paydesk-events}. That is all. */
@Path("paydesk-events")
public class PaydeskEvents extends ShopEventResource {}

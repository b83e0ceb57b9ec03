package dev.paydesk.rest.checkout;

import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a checkout search.
 *
 * @param next the next page's URL; absent on the last page
 */
@Schema(description = "One page of checkouts")
public record CheckoutListResponse(
    List<CheckoutResponse> items,
    @Schema(description = "Page number, from 0") int page,
    int size,
    @Schema(description = "How many checkouts the search finds in all") long total,
    URI next,
    @Schema(description = "false in sandbox (test) mode, true with the real CCPayment")
        boolean livemode) {}

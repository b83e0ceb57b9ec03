package dev.paydesk.rest.webhook;

import dev.paydesk.application.webhook.WebhookReadService;
import dev.paydesk.application.webhook.WebhookView;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookSearch;
import dev.paydesk.rest.PublicLinks;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
import dev.paydesk.rest.problem.QueryParameters;
import dev.paydesk.rest.security.ShopApiKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * The webhook log: what a timeline's {@code webhookUrl} leads to, and a search over every webhook
 * received (orphans and rejections are found by their outcome).
 */
@Path("v1/webhooks")
@ShopApiKey
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

  @Inject WebhookReadService reads;

  @Context UriInfo uri;

  @Inject PublicLinks links;

  @GET
  public WebhookListResponse list(
      @QueryParam("outcome") List<String> outcome,
      @QueryParam("q") String text,
      @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedBefore") String receivedBefore,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters query = new QueryParameters();
    var outcomes = query.constants("outcome", outcome, Outcome.class);
    Instant from = query.instant("receivedFrom", receivedFrom);
    Instant before = query.instant("receivedBefore", receivedBefore);
    int pageNumber = query.integer("page", page, 0, 0, 100_000);
    int pageSize = query.integer("size", size, OrderSearch.DEFAULT_SIZE, 1, OrderSearch.MAX_SIZE);
    query.requireWithinDepth(pageNumber, pageSize, OrderSearch.MAX_DEPTH);
    query.throwIfInvalid();
    ResultPage<WebhookView> found =
        reads.search(new WebhookSearch(outcomes, from, before, text, pageNumber, pageSize));
    return new WebhookListResponse(
        found.items().stream().map(WebhookResponse::of).toList(),
        found.page(),
        found.size(),
        found.total(),
        found.hasNext() ? links.page(uri, found.page() + 1) : null);
  }

  @GET
  @Path("{id}")
  public WebhookResponse get(@PathParam("id") String id) {
    return parse(id)
        .flatMap(reads::webhook)
        .map(WebhookResponse::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        ProblemType.WEBHOOK_NOT_FOUND,
                        "No such webhook",
                        404,
                        "No webhook has the id "
                            + (id.length() > 20 ? id.substring(0, 20) + "…" : id)
                            + ".")));
  }

  private static java.util.Optional<Long> parse(String id) {
    try {
      return java.util.Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}

/**
 * Paydesk's business model in plain Java: orders, tokens and the ports to the outside world.
 *
 * <h2>Words</h2>
 *
 * One word for each concept, in code, API, console and docs:
 *
 * <dl>
 *   <dt>checkout / order
 *   <dd>One payment request of the shop: the shop API calls it a checkout, the domain and the
 *       console an {@link dev.paydesk.domain.order.Order}, with its ledger of payments and its
 *       timeline.
 *   <dt>webhook
 *   <dd>What CCPayment sends Paydesk about a payment: verified, logged, applied once ({@code
 *       dev.paydesk.domain.webhook}, {@code /api/v1/webhooks}, table {@code received_webhook}).
 *       Never "notification": CCPayment's documents use that word for it, ours do not.
 *   <dt>shop event
 *   <dd>What Paydesk sends the shop backend: signed, durable, retried ({@code
 *       dev.paydesk.domain.shopevent}, {@code /api/v1/checkouts/{id}/shop-events}, table {@code
 *       shop_event}).
 *   <dt>status stream
 *   <dd>The buyer's live feed of one checkout (server-sent events, {@code
 *       /api/v1/checkouts/{id}/events}).
 *   <dt>reconciliation
 *   <dd>Asking CCPayment for what the webhooks may have missed.
 *   <dt>sandbox / live mode
 *   <dd>Which CCPayment Paydesk talks to: the local sandbox (the merchant's test mode) or the real
 *       one; every API answer and shop event says which ({@code livemode}).
 * </dl>
 */
package dev.paydesk.domain;

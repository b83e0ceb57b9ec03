/**
 * The CDI bridge: a JAX-RS resource a shop extends ({@link
 * dev.paydesk.client.cdi.ShopEventResource}) that verifies each shop event, takes it once (the
 * shop's own datasource) and fires it as a CDI event ({@link dev.paydesk.client.cdi.CheckoutPaid}
 * …), answering 2xx only once every observer finished.
 */
package dev.paydesk.client.cdi;

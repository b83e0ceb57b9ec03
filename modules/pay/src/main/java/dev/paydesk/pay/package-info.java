/**
 * The buyer's checkout page, {@code /pay/{checkoutId}}: a Faces page without a component library, a
 * few lines of its own JavaScript and a strict content security policy. It reads checkouts through
 * the application layer and follows them live through the API's event stream.
 */
package dev.paydesk.pay;

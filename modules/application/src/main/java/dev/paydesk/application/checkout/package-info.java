/** Creating and looking up checkouts for the shop. */
package dev.paydesk.application.checkout;

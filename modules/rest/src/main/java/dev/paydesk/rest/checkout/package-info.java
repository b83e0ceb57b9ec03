/** Creating and showing checkouts. */
package dev.paydesk.rest.checkout;

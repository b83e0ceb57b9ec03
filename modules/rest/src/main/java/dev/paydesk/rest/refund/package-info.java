/** The shop API's refunds: asked for by the shop backend, read and cancelled by it. */
package dev.paydesk.rest.refund;

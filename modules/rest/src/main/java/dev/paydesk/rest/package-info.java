/** The shop's JAX-RS API under {@code /api/v1}: checkouts, their QR codes, and tokens. */
package dev.paydesk.rest;

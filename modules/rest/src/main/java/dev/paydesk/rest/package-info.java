/**
 * The shop's JAX-RS API under {@code /api/v1}: checkouts with their QR codes, status streams,
 * timelines and shop events; tokens; the webhook log; operations on demand.
 */
package dev.paydesk.rest;

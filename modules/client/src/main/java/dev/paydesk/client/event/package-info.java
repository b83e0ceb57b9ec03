/**
 * Verifying the events Paydesk sends a shop, in one call ({@link ShopEvents#verify}). Plain Java:
 * usable from any Jakarta EE shop, or from Java SE with a JSON-P implementation.
 */
package dev.paydesk.client.event;

/** Shop API keys made in the console, in {@code shop_api_key}. */
package dev.paydesk.persistence.access;

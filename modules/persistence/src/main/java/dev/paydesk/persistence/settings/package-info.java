/** The console's settings in {@code merchant_setting}, their history, and shop API keys. */
package dev.paydesk.persistence.settings;

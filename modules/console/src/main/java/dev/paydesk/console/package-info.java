/**
 * The merchant console: JSF pages (PrimeFaces) over the application layer, signed in.
 *
 * <p>Pages bind the application's view records directly ({@code #{orderPage.checkout.payAddress}}:
 * {@link dev.paydesk.console.RecordELResolver}, registered in this module's {@code
 * faces-config.xml} for the whole WAR, the pay page too) and write values through {@link
 * dev.paydesk.console.Show} ({@code #{show.time(…)}}, {@code #{show.amount(…)}}). What an order
 * allows comes with its view ({@code cancellable}); a refused action is an {@code
 * OrderRefusedException} whose refusal names the bundle's text ({@code refused.*}).
 */
package dev.paydesk.console;

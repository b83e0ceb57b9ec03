package dev.paydesk.application.order;

import java.util.List;

/**
 * A page of an export.
 *
 * @param next where the page after this one starts (the last row id given)
 * @param more whether there may be more
 */
public record ExportPage(List<CheckoutView> items, long next, boolean more) {}

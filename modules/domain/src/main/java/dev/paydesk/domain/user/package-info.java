/** The people who run Paydesk from its console: their accounts, roles and sign-in rules. */
package dev.paydesk.domain.user;

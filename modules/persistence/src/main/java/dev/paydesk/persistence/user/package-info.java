/** Console accounts in the {@code console_user} table. */
package dev.paydesk.persistence.user;

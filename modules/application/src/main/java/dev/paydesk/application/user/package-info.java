/** Console accounts: signing in (with lockout), creating users, changing passwords. */
package dev.paydesk.application.user;

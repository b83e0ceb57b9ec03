/**
 * Console accounts: signing in (a guesser slowed per account and client, never a lock-out),
 * creating users, changing roles and passwords, the first admin.
 */
package dev.paydesk.application.user;

/** The console's administration of its users (ADMIN only). */
package dev.paydesk.console.user;

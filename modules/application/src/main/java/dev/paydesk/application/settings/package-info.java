/**
 * Settings a merchant changes in the console, effective on every instance without a restart; the
 * configuration file's value is each one's default.
 */
package dev.paydesk.application.settings;

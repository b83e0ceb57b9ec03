/**
 * Who may act and who is asking: the checks the boundaries share (a shop's API key, the strength of
 * secrets) and the client address behind a trusted proxy.
 */
package dev.paydesk.application.access;

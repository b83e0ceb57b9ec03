/** Who may act: the checks the boundaries share (a shop's API key). */
package dev.paydesk.application.access;

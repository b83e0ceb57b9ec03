/** The tokens a checkout can ask for. */
package dev.paydesk.rest.token;

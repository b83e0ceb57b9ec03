/** The tokens a checkout may ask for, cached from the gateway. */
package dev.paydesk.application.token;

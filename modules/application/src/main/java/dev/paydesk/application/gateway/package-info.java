/** Which payment gateway Paydesk works against: CCPayment itself or its sandbox. */
package dev.paydesk.application.gateway;

/** The shop API's published contract (OpenAPI), served from the hand-written document. */
package dev.paydesk.rest.contract;

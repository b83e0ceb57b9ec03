/** Running the money path's timers on demand (operations, tests, a merchant trying things out). */
package dev.paydesk.rest.operations;

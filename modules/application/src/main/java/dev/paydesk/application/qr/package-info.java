/** QR codes as images. */
package dev.paydesk.application.qr;

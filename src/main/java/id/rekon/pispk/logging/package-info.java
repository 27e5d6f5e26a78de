/** Logging plumbing: the masking every log line goes through. */
package id.rekon.pispk.logging;

/**
 * The project's own xAPI client: GET, POST and PUT on another LRS's statements resource with Java's {@code HttpClient}
 * and JSON-P, for pulling from and forwarding to upstream LRSs, and for the benchmark and tests. {@link XapiClient}
 * pages through {@code more} links, reads {@code X-Experience-API-Consistent-Through} and multipart attachments,
 * retries transient failures (429, 408, 5xx, network, timeout) with capped exponential back-off, full jitter and
 * {@code Retry-After}, and reports a permanent refusal ({@link RefusedException}) apart from a remote that stayed
 * unavailable ({@link UnavailableException}). It depends on no bounded context.
 */
package org.alerrt.tracker.platform.xapiclient;

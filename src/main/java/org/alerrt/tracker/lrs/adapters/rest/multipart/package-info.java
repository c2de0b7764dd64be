/**
 * multipart/mixed for the Statement Resource (xAPI Communication §1.5.2, RFC 2046 §5.1): a small parser for
 * requests that carry attachment data and a writer for {@code GET ?attachments=true} responses. No library: the
 * body is already bounded by {@code tracker.http.max-body-bytes}, so parsing works on the bytes in memory.
 */
package org.alerrt.tracker.lrs.adapters.rest.multipart;

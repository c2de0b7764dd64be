/**
 * Use cases: queue a credited completion, list the queue, export a roster, mark it reported, download its CSV. Each write use case is one transaction.
 */
package org.alerrt.tracker.reporting.application;

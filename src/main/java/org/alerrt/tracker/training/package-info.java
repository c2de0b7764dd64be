/**
 * Training context: the TCOLE course catalogue, learners (officers identified by PID) and their course
 * completions, with the credit and SB 1852 mandate rules. Decides completions from stored xAPI statements and
 * publishes {@code training.completion-credited} once a completion earns credit and its learner has a PID.
 */
package org.alerrt.tracker.training;

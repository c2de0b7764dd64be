/**
 * Faces page beans of the training context: the admin catalogue, learners and completions pages and the learner's
 * own training page. They call the application services and turn refusals into messages naming the field.
 */
package org.alerrt.tracker.training.adapters.pages;

/**
 * The composition root: the one place that knows every context. It lists the JAX-RS resources and error mappers of
 * the admin, learner and verification API ({@link org.alerrt.tracker.app.ApiApplication}) and tells the operator,
 * once every start-up step has run, where the application is ({@link org.alerrt.tracker.app.StartupBanner}). No
 * context imports it.
 */
package org.alerrt.tracker.app;

/**
 * The SLA engine: runs the pure domain of {@link org.contactrouter.sla} against cases. Loads the standards and
 * calendar at start-up, keeps one clock per case milestone in {@code sla_milestone} (pauses per case in
 * {@code sla_pause}), moves the clocks on case lifecycle events, raises each warning and breach exactly once from a
 * database scan (routes/sla.yaml), and answers the case API, Open311 and the attainment report.
 */
package org.contactrouter.sla.engine;

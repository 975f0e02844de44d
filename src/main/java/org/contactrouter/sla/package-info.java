/**
 * Response-time standards (SLAs) for citizen contacts: the council's standards per channel with overrides
 * ({@link org.contactrouter.sla.SlaStandards}), its working calendar ({@link org.contactrouter.sla.BusinessCalendar})
 * and the clocks that hold each case milestone to its standard ({@link org.contactrouter.sla.MilestoneClock}).
 *
 * <p>Pure Java: no Spring, Camel or database here. Nothing reads the system clock; callers pass {@code now}.
 */
package org.contactrouter.sla;

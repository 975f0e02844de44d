package org.contactrouter.sla.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/reports/attainment?from=2026-03-01&to=2026-03-31&granularity=week} for supervisors. */
@RestController
@RequestMapping(value = "/api/v1/reports", produces = "application/json")
class SlaReportController {

    /** A year and a day: enough for an annual report, small enough to compute on request. */
    static final long MAX_DAYS = 366;

    private final SlaReports reports;

    SlaReportController(SlaReports reports) {
        this.reports = reports;
    }

    @GetMapping("/attainment")
    SlaReports.AttainmentReport attainment(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(defaultValue = "day") String granularity) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "from must not be after to, and the range at most " + MAX_DAYS + " days");
        }
        SlaReports.Granularity unit;
        try {
            unit = SlaReports.Granularity.valueOf(granularity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "granularity must be day or week");
        }
        return reports.attainment(from, to, unit);
    }
}

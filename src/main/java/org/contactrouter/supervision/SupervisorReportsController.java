package org.contactrouter.supervision;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reports for supervisors and managers, from the API (HTTP Basic) and from the dashboard (signed in): the CSV
 * export of cases with their milestones, monthly attainment per channel and service area, and the statutory report
 * (complaints per stage, FOI, EIR, subject access).
 */
@Controller
class SupervisorReportsController {

    /** A year and a day of cases, as the attainment report allows. */
    static final long MAX_DAYS = 366;
    static final long MAX_MONTHS = 24;

    private final DashboardQueries queries;
    private final CaseMilestonesCsv csv;
    private final StatutoryReport statutory;

    SupervisorReportsController(DashboardQueries queries, CaseMilestonesCsv csv, StatutoryReport statutory) {
        this.queries = queries;
        this.csv = csv;
        this.statutory = statutory;
    }

    @GetMapping({"/api/v1/reports/cases.csv", "/supervisor/reports/cases.csv"})
    void casesCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  HttpServletResponse response) throws IOException {
        csv.write(from, checkedDays(from, to), csvResponse(response, "cases-" + from + "-to-" + to));
    }

    /** Complaints per stage, FOI, EIR and subject access requests received in the period: see {@link StatutoryReport}. */
    @GetMapping({"/api/v1/reports/statutory.csv", "/supervisor/reports/statutory.csv"})
    void statutoryCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      HttpServletResponse response) throws IOException {
        statutory.writeCsv(from, checkedDays(from, to), csvResponse(response, "statutory-" + from + "-to-" + to));
    }

    @GetMapping(value = "/api/v1/reports/statutory", produces = "application/json")
    @ResponseBody
    List<StatutoryReport.Row> statutory(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statutory.rows(from, checkedDays(from, to));
    }

    @GetMapping(value = "/api/v1/reports/monthly-attainment", produces = "application/json")
    @ResponseBody
    List<DashboardQueries.MonthlyRow> monthly(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return queries.monthly(from, checked(from, to));
    }

    @GetMapping("/supervisor/reports")
    String reportsPage(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statutoryFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statutoryTo,
                       Model model) {
        YearMonth thisMonth = YearMonth.from(queries.today());
        YearMonth first = from == null ? thisMonth.minusMonths(2) : from;
        YearMonth last = to == null ? thisMonth : to;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("rows", queries.monthly(first, checked(first, last)));
        model.addAttribute("exportFrom", queries.today().minusDays(30));
        model.addAttribute("exportTo", queries.today());
        // By default the last twelve months, as an annual report covers.
        LocalDate statutoryLast = statutoryTo == null ? queries.today() : statutoryTo;
        LocalDate statutoryFirst = statutoryFrom == null ? statutoryLast.minusYears(1).plusDays(1) : statutoryFrom;
        model.addAttribute("statutoryFrom", statutoryFirst);
        model.addAttribute("statutoryTo", statutoryLast);
        model.addAttribute("statutoryRows", statutory.rows(statutoryFirst, checkedDays(statutoryFirst, statutoryLast)));
        return "supervisor/reports";
    }

    private static LocalDate checkedDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "from must not be after to, and the range at most " + MAX_DAYS + " days");
        }
        return to;
    }

    private static Writer csvResponse(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
        return response.getWriter();
    }

    private static YearMonth checked(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "from must not be after to, and the range at most " + MAX_MONTHS + " months");
        }
        return to;
    }
}

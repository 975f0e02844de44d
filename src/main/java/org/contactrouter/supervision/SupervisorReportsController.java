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
 * export of cases with their milestones, monthly attainment per channel and service area, the statutory report
 * (complaints per stage, FOI, EIR, subject access) and Welsh against English attainment for the Welsh Language
 * Standards report.
 */
@Controller
class SupervisorReportsController {

    /** A year and a day of cases, as the attainment report allows. */
    static final long MAX_DAYS = 366;
    static final long MAX_MONTHS = 24;

    private final DashboardQueries queries;
    private final CaseMilestonesCsv csv;
    private final StatutoryReport statutory;
    private final LanguageAttainmentCsv languageCsv;

    SupervisorReportsController(DashboardQueries queries, CaseMilestonesCsv csv, StatutoryReport statutory,
                                LanguageAttainmentCsv languageCsv) {
        this.queries = queries;
        this.csv = csv;
        this.statutory = statutory;
        this.languageCsv = languageCsv;
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

    /** Welsh against English: cases received and first responses on time and late, per language. */
    @GetMapping({"/api/v1/reports/language-attainment.csv", "/supervisor/reports/language-attainment.csv"})
    void languageAttainmentCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               HttpServletResponse response) throws IOException {
        languageCsv.write(from, checkedDays(from, to), csvResponse(response, "welsh-and-english-" + from + "-to-" + to));
    }

    @GetMapping(value = "/api/v1/reports/monthly-attainment", produces = "application/json")
    @ResponseBody
    List<DashboardQueries.MonthlyRow> monthly(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return queries.monthly(from, checked(from, to));
    }

    /**
     * The reports page. The statutory report ({@code statutoryFrom}-{@code statutoryTo}) and Welsh against English
     * ({@code languageFrom}-{@code languageTo}) cover, by default, the financial year so far.
     */
    @GetMapping("/supervisor/reports")
    String reportsPage(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statutoryFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statutoryTo,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       LocalDate languageFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       LocalDate languageTo,
                       Model model) {
        YearMonth thisMonth = YearMonth.from(queries.today());
        YearMonth first = from == null ? thisMonth.minusMonths(2) : from;
        YearMonth last = to == null ? thisMonth : to;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("rows", queries.monthly(first, checked(first, last)));
        model.addAttribute("exportFrom", queries.today().minusDays(30));
        model.addAttribute("exportTo", queries.today());
        // From 1 April by default, as the annual complaints, FOI and Welsh Language Standards reports count.
        LocalDate statutoryLast = statutoryTo == null ? queries.today() : statutoryTo;
        LocalDate statutoryFirst = statutoryFrom == null ? financialYearStart(statutoryLast) : statutoryFrom;
        model.addAttribute("statutoryFrom", statutoryFirst);
        model.addAttribute("statutoryTo", statutoryLast);
        model.addAttribute("statutoryRows", statutory.rows(statutoryFirst, checkedDays(statutoryFirst, statutoryLast)));
        LocalDate languageLast = languageTo == null ? queries.today() : languageTo;
        LocalDate languageFirst = languageFrom == null ? financialYearStart(languageLast) : languageFrom;
        model.addAttribute("languageFrom", languageFirst);
        model.addAttribute("languageTo", languageLast);
        model.addAttribute("languageRows", queries.languageAttainment(languageFirst, checkedDays(languageFirst,
                languageLast)));
        return "supervisor/reports";
    }

    /** 1 April on or before the day: the start of its financial year. */
    static LocalDate financialYearStart(LocalDate day) {
        LocalDate april = LocalDate.of(day.getYear(), 4, 1);
        return day.isBefore(april) ? april.minusYears(1) : april;
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

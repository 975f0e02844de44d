package org.contactrouter.caseload;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.contactrouter.contact.Channel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff list of cases, newest first, filtered by status and channel. */
@Controller
public class CasesPageController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseQueries queries;

    public CasesPageController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/cases")
    String cases(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
                 Model model) {
        CaseQueries.CaseFilter filter = new CaseQueries.CaseFilter(blankToNull(status), blankToNull(channel), null);
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.list(filter, 0, 100));
        model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Enum::name).toList());
        model.addAttribute("zone", UK);
        return "staff/cases";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}

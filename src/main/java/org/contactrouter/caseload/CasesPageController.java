package org.contactrouter.caseload;

import java.time.ZoneId;
import java.util.Arrays;

import org.contactrouter.contact.Channel;
import org.contactrouter.officer.Officer;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff search and list of every case at {@code /cases}: what was typed (reference, name, email, phone, words) and
 * filters, 50 to a page, newest first. A filter value that names nothing is a 400 with the reason at its field.
 */
@Controller
public class CasesPageController {

    static final int PAGE_SIZE = 50;

    private final CaseSearch search;
    private final CaseFilterParser filters;
    private final OfficerDirectory officers;
    private final ZoneId zone;

    public CasesPageController(CaseSearch search, CaseFilterParser filters, OfficerDirectory officers,
                               SlaConfiguration sla) {
        this.search = search;
        this.filters = filters;
        this.officers = officers;
        this.zone = sla.calendar().zone();
    }

    @GetMapping("/cases")
    ModelAndView cases(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String channel, @RequestParam(required = false) String area,
                       @RequestParam(required = false) String officer, @RequestParam(required = false) String sla,
                       @RequestParam(defaultValue = "1") String page, Model model) {
        model.addAttribute("typed", new Typed(q, status, channel, area, officer, sla));
        model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("areas", filters.serviceAreas());
        model.addAttribute("officers", officers.all().stream().map(Officer::username).toList());
        model.addAttribute("slaStates", Arrays.asList(SlaState.values()));
        model.addAttribute("zone", zone);
        int pageNumber = pageNumber(page);
        try {
            CaseSearch.CaseFilter filter = filters.parse(q, status, channel, area, officer, sla);
            model.addAttribute("result", search.find(filter, pageNumber - 1, PAGE_SIZE));
            model.addAttribute("pageNumber", pageNumber);
            return new ModelAndView("staff/cases", model.asMap());
        } catch (CaseFilterParser.UnknownFilterValue e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.parameter());
            return new ModelAndView("staff/cases", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    /** What the officer typed, shown back in the form whatever it was. */
    public record Typed(String q, String status, String channel, String area, String officer, String sla) {
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

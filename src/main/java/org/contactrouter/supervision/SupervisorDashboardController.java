package org.contactrouter.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contactrouter.casework.CaseActions;
import org.contactrouter.casework.LiveUpdates;
import org.contactrouter.channel.sms.ReceivedTextPoller;
import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.SocialPolling;
import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.sla.SlaState;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor dashboard: figures per channel and service area, the at-risk and breached cases with one-click
 * reassignment, officer load and charts. Server-rendered; supervisor.js refreshes the figures and charts when
 * the case-events topic says something changed (the same server-sent events as the workspace).
 */
@Controller
@RequestMapping("/supervisor")
class SupervisorDashboardController {

    /** Long enough for a bad morning, short enough to read. */
    static final int LIST_LIMIT = 100;
    static final int CHART_DAYS = 14;

    private final DashboardQueries queries;
    private final CaseActions actions;
    private final LiveUpdates liveUpdates;
    private final ObjectProvider<SocialPolling> socialChannels;
    private final ObjectProvider<ReceivedTextPoller> textMessages;

    SupervisorDashboardController(DashboardQueries queries, CaseActions actions, LiveUpdates liveUpdates,
                                  ObjectProvider<SocialPolling> socialChannels,
                                  ObjectProvider<ReceivedTextPoller> textMessages) {
        this.queries = queries;
        this.actions = actions;
        this.liveUpdates = liveUpdates;
        this.socialChannels = socialChannels;
        this.textMessages = textMessages;
    }

    @GetMapping
    String dashboard(Model model) {
        figures(model);
        LocalDate today = queries.today();
        model.addAttribute("exportFrom", today.minusDays(30));
        model.addAttribute("exportTo", today);
        // The charts' figures as tables too: for screen readers, and for browsers without JavaScript.
        model.addAttribute("daily", queries.daily(CHART_DAYS));
        return "supervisor/dashboard";
    }

    /** The live part of the page alone, fetched again when a case changes. */
    @GetMapping("/figures")
    String figuresFragment(Model model) {
        figures(model);
        return "supervisor/dashboard :: figures";
    }

    @GetMapping(value = "/stream", produces = "text/event-stream")
    SseEmitter stream() {
        return liveUpdates.listen();
    }

    /** Chart data: the page's script reads it (no inline scripts under the Content-Security-Policy). */
    @GetMapping(value = "/charts.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> charts() {
        DashboardQueries.DailySeries series = queries.daily(CHART_DAYS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("days", series.days().stream().map(LocalDate::toString).toList());
        body.put("opened", series.opened());
        body.put("attainmentPercent", series.attainmentPercent());
        return body;
    }

    /** Reassigns an at-risk or breached case to the chosen officer, audited as a supervisor's transfer. */
    @PostMapping("/cases/{reference}/reassign")
    String reassign(@PathVariable String reference, @RequestParam(required = false) String toOfficer,
                    Authentication supervisor, RedirectAttributes redirect) {
        try {
            if (toOfficer == null || toOfficer.isBlank()) {
                throw new CaseActionRefused("Choose the officer to give " + reference + " to");
            }
            actions.transferToOfficer(new CaseActions.Actor(supervisor.getName(), true), reference, toOfficer);
            redirect.addFlashAttribute("message", reference + " reassigned to " + toOfficer + ".");
        } catch (CaseActionRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/supervisor";
    }

    private void figures(Model model) {
        model.addAttribute("byChannel", queries.figures(DashboardQueries.Dimension.CHANNEL));
        model.addAttribute("byArea", queries.figures(DashboardQueries.Dimension.SERVICE_AREA));
        model.addAttribute("breached", queries.casesIn(SlaState.BREACHED, LIST_LIMIT));
        model.addAttribute("atRisk", queries.casesIn(SlaState.AT_RISK, LIST_LIMIT));
        List<DashboardQueries.OfficerLoad> load = queries.officerLoad();
        model.addAttribute("officers", load);
        model.addAttribute("zone", queries.zone());
        // A social network or Notify refusing access or rate-limiting must be seen, not look like a quiet day.
        Map<String, ChannelHealth> health = new TreeMap<>();
        socialChannels.ifAvailable(social -> health.putAll(social.health()));
        textMessages.ifAvailable(texts -> health.put("text messages (GOV.UK Notify)", texts.health()));
        model.addAttribute("channelHealth", health);
    }
}

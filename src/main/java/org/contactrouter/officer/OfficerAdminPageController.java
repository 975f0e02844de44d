package org.contactrouter.officer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page for staff: everyone with their skills, and a form to add or change one. A form that
 * cannot be saved comes back as typed, with each reason linked to its field.
 */
@Controller
@RequestMapping("/admin/officers")
public class OfficerAdminPageController {

    private final OfficerDirectory directory;
    private final OfficerAdministration administration;
    private final Classifier classifier;

    public OfficerAdminPageController(OfficerDirectory directory, OfficerAdministration administration,
                                      Classifier classifier) {
        this.directory = directory;
        this.administration = administration;
        this.classifier = classifier;
    }

    /** The form as shown: from the officer being changed, from what was typed, or empty. Capacities as typed. */
    public record OfficerForm(String username, String name, String role, Map<String, String> capacities,
                              String serviceAreas, List<String> languages, boolean existing) {

        static OfficerForm blank() {
            return new OfficerForm("", "", Role.OFFICER.name(), Map.of(), "", List.of("en"), false);
        }

        static OfficerForm of(Officer officer) {
            Map<String, String> capacities = new LinkedHashMap<>();
            officer.capacities().forEach((channel, n) -> capacities.put(channel.key(), n.toString()));
            return new OfficerForm(officer.username(), officer.displayName(), officer.role().name(), capacities,
                    String.join(", ", officer.serviceAreas()), List.copyOf(officer.languages()), true);
        }

        public String capacity(Channel channel) {
            return capacities.getOrDefault(channel.key(), "0");
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) String edit, Model model) {
        OfficerForm form = edit == null ? OfficerForm.blank()
                : directory.find(edit).map(OfficerForm::of).orElse(OfficerForm.blank());
        return view(model, form, List.of());
    }

    @PostMapping
    ModelAndView save(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "") String role, @RequestParam Map<String, String> fields,
                      @RequestParam(required = false) List<String> languages,
                      @RequestParam(defaultValue = "") String serviceAreas,
                      @RequestParam(required = false) String password, RedirectAttributes redirect, Model model) {
        Map<String, String> typedCapacities = new LinkedHashMap<>();
        Map<String, Integer> capacities = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            String value = fields.getOrDefault("capacity-" + channel.key(), "").trim();
            typedCapacities.put(channel.key(), value);
            if (!value.isEmpty() && !"0".equals(value)) {
                capacities.put(channel.key(), parseCapacity(value));
            }
        }
        List<String> areas = Arrays.stream(serviceAreas.split("[,\\s]+")).filter(a -> !a.isBlank()).toList();
        List<String> chosenLanguages = languages == null ? List.of() : languages;
        String user = username.trim();
        try {
            administration.save(user, new OfficerAdministration.OfficerChange(name, role, capacities, areas,
                    chosenLanguages, password));
        } catch (OfficerAdministration.InvalidOfficer e) {
            OfficerForm typed = new OfficerForm(user, name, role, typedCapacities, serviceAreas, chosenLanguages,
                    directory.find(user).isPresent());
            return new ModelAndView(view(model, typed, e.problems()), model.asMap(), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("message", "Saved " + user + ".");
        return new ModelAndView("redirect:/admin/officers");
    }

    /** Not a number: refused by the same rule as an out-of-range one ("from 1 to 50"). */
    private static int parseCapacity(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String view(Model model, OfficerForm form, List<OfficerAdministration.Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + ". " + b));
        model.addAttribute("officers", directory.all());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("knownAreas", classifier.serviceAreas());
        return "admin/officers";
    }
}

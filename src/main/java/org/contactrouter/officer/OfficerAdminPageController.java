package org.contactrouter.officer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactrouter.contact.Channel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page for staff: everyone with their skills, and a form to add or change one. */
@Controller
@RequestMapping("/admin/officers")
public class OfficerAdminPageController {

    private final OfficerDirectory directory;
    private final OfficerAdministration administration;

    public OfficerAdminPageController(OfficerDirectory directory, OfficerAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    String page(@RequestParam(required = false) String edit, Model model) {
        model.addAttribute("officers", directory.all());
        model.addAttribute("editing", edit == null ? null : directory.find(edit).orElse(null));
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "admin/officers";
    }

    @PostMapping
    String save(@RequestParam String username, @RequestParam String name, @RequestParam String role,
                @RequestParam Map<String, String> form, @RequestParam(required = false) List<String> languages,
                @RequestParam(required = false) String serviceAreas, @RequestParam(required = false) String password,
                RedirectAttributes redirect) {
        Map<String, Integer> capacities = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            String value = form.get("capacity-" + channel.key());
            if (value != null && !value.isBlank() && !"0".equals(value.trim())) {
                try {
                    capacities.put(channel.key(), Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    capacities.put(channel.key(), -1);
                }
            }
        }
        List<String> areas = serviceAreas == null ? List.of() : Arrays.asList(serviceAreas.split("[,\\s]+"));
        try {
            administration.save(username.trim(), new OfficerAdministration.OfficerChange(name, role, capacities, areas,
                    languages == null ? List.of() : languages, password));
            redirect.addFlashAttribute("message", "Saved " + username.trim() + ".");
        } catch (OfficerAdministration.InvalidOfficer e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/admin/officers?edit=" + username.trim();
        }
        return "redirect:/admin/officers";
    }
}

package org.contactrouter.security;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.contactrouter.sla.SlaConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API keys for council systems, for administrators: the keys (never their secrets), issuing one (its secret shown
 * on that page once) and revoking one. The same rules as {@code /api/v1/admin/api-keys}.
 */
@Controller
@RequestMapping("/admin/api-keys")
public class ApiKeyAdminPageController {

    private final ApiKeys keys;
    private final ZoneId zone;

    public ApiKeyAdminPageController(ApiKeys keys, SlaConfiguration sla) {
        this.keys = keys;
        this.zone = sla.calendar().zone();
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("typedName", "");
        model.addAttribute("typedScopes", List.of());
        return view(model);
    }

    /** The secret is rendered in the answer to this post, not a redirect, so it is in no URL, session or log. */
    @PostMapping
    ModelAndView issue(@RequestParam(defaultValue = "") String name,
                       @RequestParam(required = false) List<String> scopes, Authentication administrator,
                       Model model) {
        List<String> chosen = scopes == null ? List.of() : scopes;
        model.addAttribute("typedName", name);
        model.addAttribute("typedScopes", chosen);
        if (name.isBlank() || name.length() > 200) {
            return refused(model, "name", "Enter a name for the key, up to 200 characters, saying which system uses it");
        }
        if (chosen.isEmpty()) {
            return refused(model, "scopes", "Select at least one thing the key may do");
        }
        Set<ApiScope> granted = EnumSet.noneOf(ApiScope.class);
        try {
            chosen.forEach(key -> granted.add(ApiScope.fromKey(key)));
        } catch (IllegalArgumentException e) {
            return refused(model, "scopes", e.getMessage());
        }
        model.addAttribute("issued", keys.issue(name, granted, administrator.getName()));
        model.addAttribute("typedName", "");
        model.addAttribute("typedScopes", List.of());
        return new ModelAndView(view(model), model.asMap());
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Authentication administrator, RedirectAttributes flash) {
        if (keys.revoke(id, administrator.getName())) {
            flash.addFlashAttribute("message", "Key " + id + " is revoked: calls made with it are now refused.");
        } else {
            flash.addFlashAttribute("problem", "Key " + id + " was not revoked: it does not exist or was already revoked.");
        }
        return "redirect:/admin/api-keys";
    }

    private ModelAndView refused(Model model, String field, String reason) {
        model.addAttribute("problem", reason);
        model.addAttribute("problemField", field);
        return new ModelAndView(view(model), model.asMap(), HttpStatus.BAD_REQUEST);
    }

    private String view(Model model) {
        model.addAttribute("keys", keys.list());
        model.addAttribute("scopes", Arrays.asList(ApiScope.values()));
        model.addAttribute("zone", zone);
        return "admin/api-keys";
    }
}

package org.contactrouter.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The staff menu for one signed-in person: who they are and only the pages their roles open (the same rules as
 * SecurityConfiguration's), with the page they are on marked. Officers and supervisors also get the case search.
 *
 * @param signedInAs the person's name as the council knows it
 * @param current    the href of the item the page belongs to, if any
 */
public record StaffMenu(String signedInAs, List<Item> items, boolean search, String current) {

    public record Item(String label, String href) {
    }

    /**
     * @param roles Spring Security role names without the {@code ROLE_} prefix (a supervisor also has OFFICER)
     * @param path  the request's path within the application
     */
    public static StaffMenu of(String signedInAs, Set<String> roles, String path) {
        List<Item> items = new ArrayList<>();
        boolean casework = roles.contains("OFFICER") || roles.contains("SUPERVISOR");
        if (casework) {
            items.add(new Item("My workspace", "/workspace"));
            items.add(new Item("Find a case", "/cases"));
        }
        if (roles.contains("SUPERVISOR")) {
            items.add(new Item("Dashboard", "/supervisor"));
            items.add(new Item("Reports", "/supervisor/reports"));
            items.add(new Item("Simulator", "/supervisor/simulation"));
        }
        if (roles.contains("ADMIN")) {
            items.add(new Item("Officers", "/admin/officers"));
            items.add(new Item("Dead letters", "/admin/dead-letters"));
            items.add(new Item("API keys", "/admin/api-keys"));
        }
        return new StaffMenu(signedInAs, List.copyOf(items), casework, currentItem(items, path).orElse(null));
    }

    /** Where a member of staff starts after signing in: the first page their menu offers. */
    public Optional<String> home() {
        return items.stream().findFirst().map(Item::href);
    }

    /** The longest href the path falls under: a case page belongs to My workspace, reports are not the dashboard. */
    private static Optional<String> currentItem(List<Item> items, String path) {
        return items.stream().map(Item::href)
                .filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length));
    }
}

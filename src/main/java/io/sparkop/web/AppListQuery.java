package io.sparkop.web;

import io.sparkop.api.AppState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application list's filters, sort and page as they stand in the URL, so a link shares the view.
 * Builds the links that change one of them.
 */
public record AppListQuery(String namespace, List<String> states, String q, String labels, String sort, boolean descending,
        int page) {

    static final List<String> SORTS = List.of("namespace", "name", "state", "attempts", "submitted", "finished", "age");

    public AppListQuery {
        states = states == null ? List.of() : states.stream().filter(s -> s != null && !s.isBlank()).toList();
        sort = sort != null && SORTS.contains(sort) ? sort : "namespace";
        page = Math.max(1, page);
    }

    Set<AppState> appStates() {
        return states.stream().map(s -> s.equals("NEW") ? AppState.NEW : AppState.fromWire(s)).collect(Collectors.toSet());
    }

    Comparator<AppRow> comparator() {
        Comparator<AppRow> byKey = switch (sort) {
            case "name" -> Comparator.comparing(AppRow::name);
            case "state" -> Comparator.comparing(AppRow::state);
            case "attempts" -> Comparator.comparingInt(AppRow::attempts);
            case "submitted" -> Comparator.comparing(AppRow::submitted, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "finished" -> Comparator.comparing(AppRow::finished, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "age" -> Comparator.comparing(AppRow::created, Comparator.nullsFirst(Comparator.reverseOrder()));
            default -> Comparator.comparing(AppRow::namespace);
        };
        byKey = byKey.thenComparing(AppRow::namespace).thenComparing(AppRow::name);
        return descending ? byKey.reversed() : byKey;
    }

    public boolean hasState(String state) {
        return states.contains(state);
    }

    /** The link sorting by {@code key}: flips the direction when already sorted by it. */
    public String sortUrl(String key) {
        return url(namespace, states, q, labels, key, key.equals(sort) && !descending, 1);
    }

    public String sortMark(String key) {
        return key.equals(sort) ? (descending ? " ▼" : " ▲") : "";
    }

    public String pageUrl(int target) {
        return url(namespace, states, q, labels, sort, descending, target);
    }

    private static String url(String namespace, List<String> states, String q, String labels, String sort, boolean descending, int page) {
        List<String> params = new ArrayList<>();
        add(params, "namespace", namespace);
        states.forEach(s -> add(params, "state", s));
        add(params, "q", q);
        add(params, "labels", labels);
        add(params, "sort", sort);
        if (descending) {
            params.add("dir=desc");
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return "/applications" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    private static void add(List<String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.add(key + "=" + Paths.encode(value));
        }
    }
}

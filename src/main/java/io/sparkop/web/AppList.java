package io.sparkop.web;

import java.util.List;

/** A page of the application list: the JSON twin of /applications. */
public record AppList(List<AppRow> rows, int total, int page, int pages, AppListQuery query, List<String> namespaces,
        List<String> states, String problem) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

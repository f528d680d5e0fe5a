package io.sparkop.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes label selector as {@code kubectl get -l} reads it: {@code a=b}, {@code a==b}, {@code a!=b},
 * {@code a in (x,y)}, {@code a notin (x,y)}, {@code a}, {@code !a}, joined by commas.
 */
public final class LabelSelector implements Predicate<Map<String, String>> {

    private static final String KEY = "[A-Za-z0-9][-A-Za-z0-9_./]*";
    private static final String VALUE = "[-A-Za-z0-9_.]*";
    private static final Pattern SET = Pattern.compile("(" + KEY + ")\\s+(in|notin)\\s+\\(([^)]*)\\)");
    private static final Pattern EQUALITY = Pattern.compile("(" + KEY + ")\\s*(==|=|!=)\\s*(" + VALUE + ")");
    private static final Pattern EXISTS = Pattern.compile("(!?)\\s*(" + KEY + ")");

    private final List<Predicate<Map<String, String>>> requirements;

    private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
        this.requirements = requirements;
    }

    public static final LabelSelector EVERYTHING = new LabelSelector(List.of());

    /** @throws IllegalArgumentException naming the part that is not a selector */
    public static LabelSelector parse(String text) {
        if (text == null || text.isBlank()) {
            return EVERYTHING;
        }
        List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
        for (String part : splitOutsideParentheses(text)) {
            requirements.add(requirement(part.trim()));
        }
        return new LabelSelector(List.copyOf(requirements));
    }

    @Override
    public boolean test(Map<String, String> labels) {
        Map<String, String> present = labels == null ? Map.of() : labels;
        return requirements.stream().allMatch(r -> r.test(present));
    }

    private static Predicate<Map<String, String>> requirement(String part) {
        Matcher set = SET.matcher(part);
        if (set.matches()) {
            String key = set.group(1);
            Set<String> values = values(set.group(3));
            boolean in = set.group(2).equals("in");
            return labels -> in == (labels.containsKey(key) && values.contains(labels.get(key)));
        }
        Matcher equality = EQUALITY.matcher(part);
        if (equality.matches()) {
            String key = equality.group(1);
            String value = equality.group(3);
            boolean equal = !equality.group(2).equals("!=");
            return labels -> equal == value.equals(labels.get(key));
        }
        Matcher exists = EXISTS.matcher(part);
        if (exists.matches()) {
            String key = exists.group(2);
            boolean present = exists.group(1).isEmpty();
            return labels -> present == labels.containsKey(key);
        }
        throw new IllegalArgumentException("'" + part + "' is not a label selector requirement;"
                + " use key=value, key!=value, key in (a,b), key notin (a,b), key or !key");
    }

    private static Set<String> values(String list) {
        Set<String> values = new java.util.HashSet<>();
        for (String value : list.split(",")) {
            if (!value.trim().matches(VALUE)) {
                throw new IllegalArgumentException("'" + value.trim() + "' is not a label value");
            }
            values.add(value.trim());
        }
        return values;
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}

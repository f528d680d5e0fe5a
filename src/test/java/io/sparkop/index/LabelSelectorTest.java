package io.sparkop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSelectorTest {

    private static final Map<String, String> LABELS = Map.of("team", "data", "tier", "batch", "example.com/owner", "ana");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';                         true",
            "team=data;                  true",
            "team==data;                 true",
            "team=web;                   false",
            "team!=web;                  true",
            "team!=data;                 false",
            "missing!=x;                 true",
            "team in (web, data);        true",
            "team in (web);              false",
            "team notin (web);           true",
            "missing notin (web);        true",
            "team;                       true",
            "missing;                    false",
            "!missing;                   true",
            "!team;                      false",
            "example.com/owner=ana;      true",
            "team=data,tier in (batch,stream),!missing; true",
            "team=data, tier=stream;     false",
    })
    void matchesAsKubectlDoes(String selector, boolean matches) {
        assertEquals(matches, LabelSelector.parse(selector).test(LABELS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"team=<script>", "=x", "team in (a", "a b", "team in (<b>)"})
    void refusesWhatIsNotASelectorNamingThePart(String selector) {
        var problem = assertThrows(IllegalArgumentException.class, () -> LabelSelector.parse(selector));
        assertTrue(problem.getMessage().startsWith("'"), problem.getMessage());
    }

    @org.junit.jupiter.api.Test
    void resourcesWithoutLabelsMatchOnlyAbsenceRequirements() {
        assertTrue(LabelSelector.parse("!team").test(null));
        assertEquals(false, LabelSelector.parse("team").test(null));
    }
}

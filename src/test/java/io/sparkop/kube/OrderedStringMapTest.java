package io.sparkop.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkop.testing.Manifests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderedStringMapTest {

    private final Map<String, String> labels = new LinkedHashMap<>();

    {
        labels.put("spark-role", "driver");
        labels.put("sparkoperator.k8s.io/app-name", "pi");
        labels.put("empty", "");
        labels.put("spark-app-selector", "spark-1");
    }

    @Test
    void answersAsTheMapItWasMadeFromInItsOrder() {
        Map<String, String> compact = CompactModel.shared(labels);

        assertEquals(labels, compact);
        assertEquals(compact, labels);
        assertEquals(labels.hashCode(), compact.hashCode());
        assertEquals(labels.toString(), compact.toString());
        assertEquals(List.copyOf(labels.keySet()), List.copyOf(compact.keySet()));
        assertEquals(List.copyOf(labels.values()), List.copyOf(compact.values()));
        assertEquals("pi", compact.get("sparkoperator.k8s.io/app-name"));
        assertEquals("", compact.get("empty"));
        assertTrue(compact.containsKey("spark-app-selector"));
        assertFalse(compact.containsKey("team"));
        assertNull(compact.get("team"));
        assertNull(compact.get(null));
        assertEquals("x", compact.getOrDefault("team", "x"));
        assertEquals(4, compact.size());
        assertEquals(Manifests.SERIALIZATION.asJson(labels), Manifests.SERIALIZATION.asJson(compact));
    }

    @Test
    void sharesItsStringsAndRefusesEdits() {
        Map<String, String> compact = CompactModel.shared(labels);
        Map<String, String> again = CompactModel.shared(new LinkedHashMap<>(Map.of(new String("spark-role"), new String("driver"))));

        assertSame(compact.keySet().iterator().next(), again.keySet().iterator().next());
        assertSame(compact.get("spark-role"), again.get("spark-role"));
        assertSame(compact, CompactModel.shared(compact));
        assertThrows(UnsupportedOperationException.class, () -> compact.put("team", "a"));
        assertThrows(UnsupportedOperationException.class, () -> compact.remove("spark-role"));
        assertThrows(UnsupportedOperationException.class, () -> compact.entrySet().iterator().next().setValue("x"));
        assertSame(Map.of(), CompactModel.shared(Map.of()));
        assertNull(CompactModel.shared((Map<String, String>) null));
    }
}

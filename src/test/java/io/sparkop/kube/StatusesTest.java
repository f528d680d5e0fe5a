package io.sparkop.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.api.SparkApplicationStatus;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every status field, of both kinds, today's and any added later, survives a copy and a comparison. */
class StatusesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(classes = {SparkApplicationStatus.class, ScheduledSparkApplicationStatus.class})
    void everyFieldSurvivesACopy(Class<?> type) throws Exception {
        Object status = filled(type);
        JsonNode original = JSON.valueToTree(status);
        assertEquals(setters(type).size(), original.size(), "every field set: " + original);
        assertEveryValueSet(original);

        Object copy = copyAs(status, type);
        assertEquals(original, JSON.valueToTree(copy));
        assertTrue(Statuses.same(status, copy));
    }

    @ParameterizedTest
    @ValueSource(classes = {SparkApplicationStatus.class, ScheduledSparkApplicationStatus.class})
    void aChangeInAnyFieldIsAChange(Class<?> type) throws Exception {
        Object status = filled(type);
        for (Method setter : setters(type)) {
            Object changed = copyAs(status, type);
            setter.invoke(changed, (Object) null);
            assertFalse(Statuses.same(status, changed), setter.getName() + " cleared but the same");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copyAs(Object status, Class<T> type) {
        return Statuses.copy((T) status, type);
    }

    private static void assertEveryValueSet(JsonNode node) {
        node.fields().forEachRemaining(field -> {
            assertFalse(field.getValue().isNull(), field.getKey());
            if (field.getValue().isObject()) {
                assertEveryValueSet(field.getValue());
            }
        });
    }

    static List<Method> setters(Class<?> type) {
        return java.util.Arrays.stream(type.getMethods())
                .filter(m -> m.getName().startsWith("set") && m.getParameterCount() == 1).toList();
    }

    /** An instance with every property set to a sample of its type, nested model objects filled too. */
    static Object filled(Class<?> type) throws Exception {
        Object object = type.getDeclaredConstructor().newInstance();
        for (Method setter : setters(type)) {
            setter.invoke(object, sample(setter.getParameterTypes()[0], setter.getGenericParameterTypes()[0]));
        }
        return object;
    }

    private static Object sample(Class<?> type, Type generic) throws Exception {
        if (type == String.class) {
            return "2026-11-25T02:00:00Z";
        }
        if (type == Integer.class || type == int.class) {
            return 3;
        }
        if (type == Long.class || type == long.class) {
            return 4L;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[1];
        }
        if (type == Map.class) {
            Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
            return Map.of("key", sample((Class<?>) args[1], args[1]));
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == io.fabric8.kubernetes.api.model.Condition.class) {
                return List.of(new ConditionBuilder().withType("Completed").withStatus("True").withReason("COMPLETED")
                        .withMessage("").withLastTransitionTime("2026-11-25T02:00:00Z").withObservedGeneration(2L).build());
            }
            return List.of(sample((Class<?>) element, element));
        }
        if (type.getPackageName().equals("io.sparkop.api")) {
            return filled(type);
        }
        throw new IllegalArgumentException("no sample for " + generic + ": add one");
    }
}

package io.sparkop.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads SparkApplication, ScheduledSparkApplication and SparkConnect specs leniently: a spec that does not fit
 * the model becomes an {@link UnreadableSpec} carrying a message that names the field, instead of
 * an exception that would make the informer drop every resource of the kind.
 */
public final class LenientSpecModule extends SimpleModule {

    public LenientSpecModule() {
        super("sparkop-lenient-spec");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == SparkApplicationSpec.class) {
                    return new Lenient(deserializer, UnreadableSparkApplicationSpec::new);
                }
                if (type == ScheduledSparkApplicationSpec.class) {
                    return new Lenient(deserializer, UnreadableScheduledSparkApplicationSpec::new);
                }
                if (type == SparkConnectSpec.class) {
                    return new Lenient(deserializer, UnreadableSparkConnectSpec::new);
                }
                return deserializer;
            }
        });
    }

    private static final class Lenient extends DelegatingDeserializer {
        private final BiFunction<String, JsonNode, Object> unreadable;

        Lenient(JsonDeserializer<?> delegate, BiFunction<String, JsonNode, Object> unreadable) {
            super(delegate);
            this.unreadable = unreadable;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Lenient(newDelegatee, unreadable);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String path = pathOf(parser.getParsingContext());
            JsonNode tree = context.readTree(parser);
            if (!tree.isObject()) {
                return unreadable.apply(path + ": expected an object, got " + describe(tree), tree);
            }
            try (JsonParser treeParser = tree.traverse(parser.getCodec())) {
                treeParser.nextToken();
                return _delegatee.deserialize(treeParser, context);
            } catch (JsonMappingException e) {
                return unreadable.apply(problem(path, e), tree);
            }
        }
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> names = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) {
                names.addFirst(c.getCurrentName());
            }
        }
        // A spec nested in a spec (a schedule's template) is read from the outer spec's tree, whose
        // parser starts below "spec".
        if (names.isEmpty() || !names.getFirst().equals("spec")) {
            names.addFirst("spec");
        }
        return String.join(".", names);
    }

    static String problem(String specPath, JsonMappingException e) {
        StringBuilder field = new StringBuilder(specPath);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field + ": " + reason(e);
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String value = "\"" + invalid.getValue() + "\"";
            if (target != null && target.isEnum()) {
                return value + " is not one of " + acceptedValues(e.getOriginalMessage());
            }
            return value + " is not " + expected(target);
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    /** Jackson lists an enum's accepted values in no stable order: sort them so messages are stable. */
    private static String acceptedValues(String jacksonMessage) {
        int open = jacksonMessage.indexOf('[');
        int close = jacksonMessage.indexOf(']', open);
        if (open < 0 || close < 0) {
            return "the allowed values";
        }
        return Arrays.stream(jacksonMessage.substring(open + 1, close).split(",\\s*"))
                .sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "valid";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase() + " " + node;
    }
}

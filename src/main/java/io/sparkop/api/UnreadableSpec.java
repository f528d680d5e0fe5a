package io.sparkop.api;

/**
 * A spec that Jackson could not read (a wrong type, an unknown enum value). {@link LenientSpecModule}
 * puts one in place of the spec so that one bad manifest never breaks the informer that lists all
 * of them; reconcilers report {@link #problem()} in the status and as an Event instead of acting.
 */
public interface UnreadableSpec {

    /** What is wrong, naming the field: {@code spec.driver.cores: "two" is not an integer}. */
    String problem();
}

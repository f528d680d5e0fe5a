package io.sparkop.web;

/**
 * One application in a list. Times are RFC 3339 as in the resource; {@code age} and {@code duration} are
 * humanised for people.
 */
public record AppRow(String namespace, String name, String type, String state, String stateClass, String stateSymbol,
        int attempts, String created, String submitted, String finished, String duration, String age,
        String schedule, String error) {

    public String path() {
        return Paths.application(namespace, name);
    }
}

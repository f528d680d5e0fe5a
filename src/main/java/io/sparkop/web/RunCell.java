package io.sparkop.web;

/** One run in a schedule's strip of recent runs, coloured by outcome. */
public record RunCell(String name, String state, String stateClass, String stateSymbol, String created, String path) {
}

package io.sparkop.web;

/** One step of a run, from status times and Events, oldest first. */
public record TimelineEntry(String time, String ago, String what, String detail, boolean warning) {
}

package io.sparkop.web;

/** An Event about an application, a schedule or one of their pods. */
public record EventRow(String time, String ago, String type, String reason, String message, String object, Integer count) {

    public boolean warning() {
        return "Warning".equals(type);
    }
}

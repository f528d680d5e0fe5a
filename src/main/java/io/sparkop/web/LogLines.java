package io.sparkop.web;

import java.util.regex.Pattern;

/** Log text made safe to show: ANSI escapes and other control characters removed, lines cut to a bound. */
public final class LogLines {

    /** A viewer's memory is bounded by lines times this. */
    public static final int MAX_LINE = 4096;

    // CSI sequences (colours, cursor moves), OSC sequences (titles, links) and two-character escapes.
    private static final Pattern ANSI = Pattern.compile("\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(\\u0007|\\u001B\\\\)?|\\u001B[@-Z\\\\-_]");
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B-\\u001F\\u007F]");

    private LogLines() {
    }

    public static String clean(String line) {
        String cut = line.length() > MAX_LINE * 2 ? line.substring(0, MAX_LINE * 2) : line;
        String plain = CONTROL.matcher(ANSI.matcher(cut).replaceAll("")).replaceAll("");
        return plain.length() > MAX_LINE ? plain.substring(0, MAX_LINE) + "…" : plain;
    }
}

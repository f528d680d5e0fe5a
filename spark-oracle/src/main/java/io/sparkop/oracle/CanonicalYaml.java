package io.sparkop.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Canonical YAML for golden files: map keys sorted, list order kept, every string value
 * double-quoted (so "true" and "8090" never read as a boolean or a number), multi-line strings as
 * literal blocks. Our own emitter rather than a library's, so Spark 3.5 (Jackson 2.15) and 4.2
 * (Jackson 2.21) print identical trees identically, byte for byte.
 */
final class CanonicalYaml {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null");

  private CanonicalYaml() {}

  static String of(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    if (node.isObject() && node.size() > 0) {
      writeMap(sb, node, 0);
    } else if (node.isArray() && node.size() > 0) {
      writeList(sb, node, 0);
    } else {
      sb.append(scalar(node, 2)).append('\n');
    }
    return sb.toString();
  }

  private static void writeMap(StringBuilder sb, JsonNode map, int indent) {
    boolean first = true;
    for (String k : sortedKeys(map)) {
      if (!first) {
        sb.append(" ".repeat(indent));
      }
      first = false;
      writeEntry(sb, k, map.get(k), indent);
    }
  }

  /** Writes "key: value"; the cursor is already at the key's column. */
  private static void writeEntry(StringBuilder sb, String key, JsonNode v, int indent) {
    sb.append(key(key)).append(':');
    if (v.isObject() && v.size() > 0) {
      sb.append('\n').append(" ".repeat(indent + 2));
      writeMap(sb, v, indent + 2);
    } else if (v.isArray() && v.size() > 0) {
      sb.append('\n').append(" ".repeat(indent));
      writeList(sb, v, indent); // block sequences sit at their key's column
    } else {
      sb.append(' ').append(scalar(v, indent + 2)).append('\n');
    }
  }

  /** Writes a sequence; the cursor is already at the column of the first "- ". */
  private static void writeList(StringBuilder sb, JsonNode list, int indent) {
    boolean first = true;
    for (JsonNode item : list) {
      if (!first) {
        sb.append(" ".repeat(indent));
      }
      first = false;
      sb.append("- ");
      if (item.isObject() && item.size() > 0) {
        writeMap(sb, item, indent + 2);
      } else if (item.isArray() && item.size() > 0) {
        writeList(sb, item, indent + 2);
      } else {
        sb.append(scalar(item, indent + 2)).append('\n');
      }
    }
  }

  private static List<String> sortedKeys(JsonNode map) {
    List<String> keys = new ArrayList<>();
    map.fieldNames().forEachRemaining(keys::add);
    keys.sort(null);
    return keys;
  }

  private static String key(String k) {
    return PLAIN_KEY.matcher(k).matches() && !RESERVED.matcher(k).matches() ? k : quote(k);
  }

  private static String scalar(JsonNode v, int indent) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "null";
    }
    if (v.isObject()) {
      return "{}";
    }
    if (v.isArray()) {
      return "[]";
    }
    if (v.isTextual()) {
      String block = block(v.textValue(), indent);
      return block != null ? block : quote(v.textValue());
    }
    return v.asText(); // numbers and booleans, plain
  }

  /** A literal block for multi-line text when it can be one without loss; otherwise null. */
  private static String block(String s, int indent) {
    if (!s.contains("\n") || s.startsWith(" ") || s.startsWith("\n") || s.endsWith("\n\n")) {
      return null;
    }
    for (char c : s.toCharArray()) {
      if (c != '\n' && (c < 0x20 || c == 0x7f)) {
        return null;
      }
    }
    boolean clip = s.endsWith("\n");
    String body = clip ? s.substring(0, s.length() - 1) : s;
    StringBuilder sb = new StringBuilder(clip ? "|" : "|-");
    for (String line : body.split("\n", -1)) {
      if (line.endsWith(" ")) {
        return null; // legal in a block, but invisible in a diff
      }
      sb.append('\n');
      if (!line.isEmpty()) {
        sb.append(" ".repeat(indent)).append(line);
      }
    }
    return sb.toString();
  }

  static String quote(String s) {
    try {
      return JSON.writeValueAsString(s); // JSON string syntax is valid YAML double-quoted syntax
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

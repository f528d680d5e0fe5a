package io.sparkop.kube;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of strings in one array of keys and values, in the order given: the labels and
 * annotations of cached objects (a handful of entries, read by key or in order) at a quarter of a
 * LinkedHashMap's size. Lookups scan the array, which for a handful of entries is as fast as hashing.
 */
final class OrderedStringMap extends AbstractMap<String, String> {

    private final String[] keysAndValues;

    OrderedStringMap(Map<String, String> entries, java.util.function.UnaryOperator<String> share) {
        keysAndValues = new String[entries.size() * 2];
        int i = 0;
        for (var entry : entries.entrySet()) {
            keysAndValues[i++] = share.apply(entry.getKey());
            keysAndValues[i++] = share.apply(entry.getValue());
        }
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : keysAndValues[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (Objects.equals(keysAndValues[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keysAndValues.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        var entry = new SimpleImmutableEntry<>(keysAndValues[next], keysAndValues[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return OrderedStringMap.this.size();
            }
        };
    }
}

package org.leakscope.classifiers.resolve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a string. The resolver asks the same questions over and over
 * (the type of one phone number on every row of a roster, the key of one name in every mail of a thread),
 * and each answer costs a libphonenumber parse or a Unicode normalisation. Bounded: when full it starts
 * over, so a long-lived worker does not keep every value it ever saw. Thread-safe; results never depend on
 * what is cached.
 */
final class Memo<V> {

    /** Stands for a null result (the map holds no nulls). */
    private static final Object NONE = new Object();

    private final Function<String, V> function;
    private final int maxEntries;
    private final Map<String, Object> results = new ConcurrentHashMap<>();

    Memo(Function<String, V> function, int maxEntries) {
        this.function = function;
        this.maxEntries = maxEntries;
    }

    @SuppressWarnings("unchecked")
    V get(String key) {
        if (key == null) {
            return function.apply(null);
        }
        Object r = results.get(key);
        if (r == null) {
            V v = function.apply(key);
            if (results.size() >= maxEntries) {
                results.clear();
            }
            results.put(key, v == null ? NONE : v);
            return v;
        }
        return r == NONE ? null : (V) r;
    }
}

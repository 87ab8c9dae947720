package org.leakscope.classifiers.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongBiFunction;

/**
 * The first record of every merge key of a run, kept as a 64-bit hash of kind and key next to the record's
 * number in two primitive arrays (open addressing): 16 to 32 bytes a key, where a hash map entry with its key
 * string and boxed number cost about a hundred, for a million keys in a dense dump. The key itself is not kept:
 * on a hash hit it is derived again from the owning record ({@link MergeKeys#holds}), so two different keys that
 * share a hash never join two people; such a key goes to a small exact map instead.
 */
final class KeyOwners {

    /** The owner of a key, read again from the records on a hash hit. */
    interface Holder {
        boolean holds(int rec, String kind, String key);
    }

    private static final long EMPTY = 0;

    private final ToLongBiFunction<String, String> hash;
    private long[] hashes = new long[1 << 12];
    private int[] owners = new int[1 << 12];
    private int size;
    // keys whose hash a different key took first; practically always empty
    private final Map<String, Integer> collided = new HashMap<>();

    KeyOwners() {
        this(KeyOwners::hash);
    }

    /** With another hash function of kind and key (tests make keys collide); its 0 is taken for 1. */
    KeyOwners(ToLongBiFunction<String, String> hash) {
        this.hash = hash;
    }

    /**
     * The first record that held key {@code key} of {@code kind}, or -1 when none did: then {@code rec} is its
     * first record from now on.
     */
    int firstOrOwn(String kind, String key, int rec, Holder records) {
        long h = hash.applyAsLong(kind, key);
        h = h == EMPTY ? 1 : h;
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == EMPTY) {
                hashes[i] = h;
                owners[i] = rec;
                if (++size > hashes.length - (hashes.length >> 2)) {
                    grow();
                }
                return -1;
            }
            if (hashes[i] == h) {
                if (records.holds(owners[i], kind, key)) {
                    return owners[i];
                }
                Integer first = collided.putIfAbsent(kind + '\u0000' + key, rec);
                return first == null ? -1 : first;
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldOwners = owners;
        hashes = new long[oldHashes.length * 2];
        owners = new int[hashes.length];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != EMPTY) {
                int i = (int) h & mask;
                while (hashes[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                owners[i] = oldOwners[j];
            }
        }
    }

    /** FNV-1a over kind, a separator and key, then a 64-bit finaliser (MurmurHash3's fmix64). */
    static long hash(String kind, String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1_0000) * 0x100000001b3L; // past any char: kind "ab" + key "c" is not hashed as "a" + "bc"
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

package org.leakscope.classifiers.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The detectors of one job, by id. A second detector with an id already present fails at startup. */
public final class DetectorRegistry {

    private final Map<String, Detector> byId = new LinkedHashMap<>();

    public DetectorRegistry register(Detector d) {
        if (byId.putIfAbsent(d.id(), d) != null) {
            throw new IllegalStateException("duplicate detector id: " + d.id());
        }
        return this;
    }

    public List<Detector> detectors() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public Detector get(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }
}

package org.leakscope.classifiers;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The classifier part of {@code leakscope.yml}: the jar's defaults, deep-merged with an optional user
 * file (keys the user leaves out keep their defaults). Rule packs named under {@code classify.rule-packs}
 * are resolved beside the user file first, then in the jar, so a user can override one pack only.
 */
public final class ClassifierConfig {

    static final String CLASSPATH_DIR = "/leakscope-config/";
    private static final String DEFAULT_FILE = CLASSPATH_DIR + "leakscope.yml";

    private final Map<String, Object> raw;
    private final Path userDir;
    private final String source;
    private final double reportThreshold;
    private final List<String> markingSeverity;

    private ClassifierConfig(Map<String, Object> raw, Path userDir, String source) {
        this.raw = Collections.unmodifiableMap(raw);
        this.userDir = userDir;
        this.source = source;
        Object t = path("classify", "report-threshold");
        if (t == null) {
            this.reportThreshold = 0.5;
        } else if (t instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
            this.reportThreshold = n.doubleValue();
        } else {
            throw bad("classify.report-threshold", "must be a number in 0..1, got " + t);
        }
        Object sev = path("markings", "severity");
        if (sev == null) {
            this.markingSeverity = List.of();
        } else if (sev instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
            this.markingSeverity = l.stream().map(String.class::cast).toList();
        } else {
            throw bad("markings.severity", "must be a list of marking codes");
        }
    }

    /** Loads the defaults from the classpath, overridden key by key by {@code configFileOrNull}. */
    public static ClassifierConfig load(Path configFileOrNull) {
        Map<String, Object> defaults = parse(openClasspath(DEFAULT_FILE), DEFAULT_FILE);
        if (configFileOrNull == null) {
            return new ClassifierConfig(defaults, null, DEFAULT_FILE);
        }
        Map<String, Object> user;
        try (InputStream in = Files.newInputStream(configFileOrNull)) {
            user = parse(in, configFileOrNull.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(configFileOrNull + ": cannot read config file: " + e.getMessage(), e);
        }
        Path dir = configFileOrNull.toAbsolutePath().getParent();
        return new ClassifierConfig(merge(defaults, user), dir, configFileOrNull.toString());
    }

    public double reportThreshold() {
        return reportThreshold;
    }

    /** Marking codes, most severe first. */
    public List<String> markingSeverity() {
        return markingSeverity;
    }

    /** The whole merged YAML tree, for other modules. */
    public Map<String, Object> raw() {
        return raw;
    }

    /** Value at a key path, null when absent. */
    public Object path(String... keys) {
        Object cur = raw;
        for (String k : keys) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(k);
        }
        return cur;
    }

    /**
     * Loads a rule pack named in {@code classify.rule-packs.<name>}: beside the user's config file if it
     * exists there, else from the jar. Returns the parsed YAML and the name of where it came from.
     */
    public LoadedPack rulePack(String name) {
        Object rel = path("classify", "rule-packs", name);
        if (rel == null) {
            return new LoadedPack(Map.of(), "(none)");
        }
        if (!(rel instanceof String relPath)) {
            throw bad("classify.rule-packs." + name, "must be a relative file path");
        }
        if (userDir != null) {
            Path p = userDir.resolve(relPath);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    return new LoadedPack(parse(in, p.toString()), p.toString());
                } catch (IOException e) {
                    throw new IllegalArgumentException(p + ": cannot read rule pack: " + e.getMessage(), e);
                }
            }
        }
        String cp = CLASSPATH_DIR + relPath;
        InputStream in = ClassifierConfig.class.getResourceAsStream(cp);
        if (in == null) {
            throw bad("classify.rule-packs." + name, "rule pack not found: " + relPath);
        }
        return new LoadedPack(parse(in, cp), cp);
    }

    /** A parsed rule pack and its source (for error messages). */
    public record LoadedPack(Map<String, Object> yaml, String source) {
    }

    private IllegalArgumentException bad(String key, String why) {
        return new IllegalArgumentException(source + ": key " + key + ": " + why);
    }

    private static InputStream openClasspath(String name) {
        InputStream in = ClassifierConfig.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("default configuration missing from the classpath: " + name);
        }
        return in;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(InputStream in, String name) {
        // SafeConstructor: a config file must never instantiate arbitrary classes
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (in; Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            Object o = yaml.load(r);
            if (o == null) {
                return new LinkedHashMap<>();
            }
            if (!(o instanceof Map)) {
                throw new IllegalArgumentException(name + ": top level must be a mapping");
            }
            return (Map<String, Object>) o;
        } catch (YAMLException e) {
            throw new IllegalArgumentException(name + ": invalid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Deep merge: maps merge recursively, any other value (lists included) replaces the default. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (Map.Entry<String, Object> e : over.entrySet()) {
            Object b = out.get(e.getKey());
            if (b instanceof Map<?, ?> bm && e.getValue() instanceof Map<?, ?> om) {
                out.put(e.getKey(), merge((Map<String, Object>) bm, (Map<String, Object>) om));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Reads a list of strings from a YAML node, naming the key on error. */
    public static List<String> stringList(Object node, String where) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> l)) {
            throw new IllegalArgumentException(where + ": must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Boolean) {
                // YAML 1.1 reads a bare no, yes, on, off, y or n as a boolean: the word would silently be "false"
                throw new IllegalArgumentException(where + ": " + o + " in the list is a YAML boolean; quote the word"
                        + " (\"no\", \"on\")");
            }
            out.add(String.valueOf(o));
        }
        return out;
    }
}

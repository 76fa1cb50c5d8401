package io.github.camelinstagram.support;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriParam;
import org.apache.camel.util.TimeUtils;

/**
 * Wraps a component's generated configurer so that a number option given a value that is not a number is refused,
 * naming the option. Camel turns a text into an {@code int} or {@code long} option through its duration parser, which
 * reads {@code abc} as 0: {@code maxRetries=abc} would silently mean no retries. Here a whole-number option takes only
 * an integer, and a duration option ({@code javaType = "java.time.Duration"}) only a duration in Camel's syntax
 * ({@code 500}, {@code 30s}, {@code 1h30m}). Everything else is left to the generated configurer.
 */
public final class StrictPropertyConfigurer implements GeneratedPropertyConfigurer, PropertyConfigurerGetter {

    private final PropertyConfigurer delegate;
    private final PropertyConfigurerGetter getter;
    private final String owner;
    private final Set<String> durations;

    private StrictPropertyConfigurer(PropertyConfigurer delegate, String owner, Set<String> durations) {
        this.delegate = delegate;
        this.getter = delegate instanceof PropertyConfigurerGetter g ? g : null;
        this.owner = owner;
        this.durations = durations;
    }

    /**
     * @param  delegate      the generated configurer; null gives null
     * @param  owner         names the component, for messages ("the instagram component")
     * @param  optionClasses the classes whose fields declare the options, scanned for duration options
     */
    public static PropertyConfigurer wrap(PropertyConfigurer delegate, String owner, Class<?>... optionClasses) {
        if (delegate == null || delegate instanceof StrictPropertyConfigurer) {
            return delegate;
        }
        return new StrictPropertyConfigurer(delegate, owner, durationOptions(optionClasses));
    }

    @Override
    public boolean configure(CamelContext camelContext, Object target, String name, Object value, boolean ignoreCase) {
        if (value instanceof String text && getter != null) {
            check(name, text.trim(), getter.getOptionType(name, ignoreCase));
        }
        return delegate.configure(camelContext, target, name, value, ignoreCase);
    }

    private void check(String name, String text, Class<?> type) {
        boolean number = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        if (!number || text.isEmpty() || text.startsWith("#") || text.startsWith("{{")) {
            return;
        }
        if (durations.contains(name.toLowerCase(Locale.ROOT))) {
            if (!isDuration(text)) {
                throw new IllegalArgumentException("Option " + name + " of " + owner + " must be a duration (milliseconds,"
                                                   + " or e.g. 30s, 5m, 1h30m), not '" + text + "'");
            }
        } else if (!isWholeNumber(text)) {
            throw new IllegalArgumentException("Option " + name + " of " + owner + " must be a whole number, not '"
                                               + text + "'");
        }
    }

    private static boolean isWholeNumber(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A number of milliseconds, or a text that Camel's duration parser reads as a time: "abc" is none. */
    static boolean isDuration(String text) {
        if (isWholeNumber(text)) {
            return true;
        }
        if (!text.matches("(?i)[0-9dhms ]+|[0-9]+ *(days?|hours?|minutes?|seconds?|millis(econds?)?)")) {
            return false;
        }
        try {
            return TimeUtils.toMilliSeconds(text) > 0 || text.matches("(?i)0+ *[a-z]+");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> durationOptions(Class<?>... classes) {
        Set<String> names = new HashSet<>();
        for (Class<?> type : classes) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    UriParam param = field.getAnnotation(UriParam.class);
                    Metadata metadata = field.getAnnotation(Metadata.class);
                    String javaType = param != null ? param.javaType() : metadata != null ? metadata.javaType() : "";
                    if ("java.time.Duration".equals(javaType)) {
                        names.add(field.getName().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    @Override
    public Class<?> getOptionType(String name, boolean ignoreCase) {
        return getter == null ? null : getter.getOptionType(name, ignoreCase);
    }

    @Override
    public Object getOptionValue(Object target, String name, boolean ignoreCase) {
        return getter == null ? null : getter.getOptionValue(target, name, ignoreCase);
    }

    @Override
    public String[] getAutowiredNames() {
        return getter == null ? null : getter.getAutowiredNames();
    }

    @Override
    public Object getCollectionValueType(Object target, String name, boolean ignoreCase) {
        return getter == null ? null : getter.getCollectionValueType(target, name, ignoreCase);
    }
}

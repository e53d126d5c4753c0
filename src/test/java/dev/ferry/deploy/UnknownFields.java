package dev.ferry.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds YAML fields that a fabric8 model did not recognise. fabric8 keeps them in
 * {@code additionalProperties} instead of failing, so a misspelt {@code readinesProbe} would
 * otherwise parse fine and be silently ignored by Kubernetes too.
 */
final class UnknownFields {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    static List<String> in(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, found));
        } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            for (Method getter : value.getClass().getMethods()) {
                if (isGetter(getter)) {
                    visit(value, getter, path, found);
                }
            }
        }
    }

    private static void visit(Object owner, Method getter, String path, List<String> found) {
        Object child = invoke(owner, getter);
        if (getter.getName().equals("getAdditionalProperties")) {
            if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                found.add((path.isEmpty() ? "." : path) + " " + extra.keySet());
            }
            return;
        }
        String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
        walk(child, path + "." + field, found);
    }

    private static boolean isGetter(Method m) {
        return m.getName().startsWith("get") && m.getName().length() > 3 && m.getParameterCount() == 0
                && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                && m.getReturnType() != void.class;
    }

    private static Object invoke(Object owner, Method getter) {
        try {
            return getter.invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}

package dev.dateline.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The accessors of records' components ({@code title}) and their other public methods without
 * parameters ({@code reversed()}), as method handles looked up once per record type, each of type
 * {@code (Object)Object} so that it is called with {@code invokeExact}, with no adaptation per
 * call. Thread-safe.
 */
final class RecordAccessors {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final ClassValue<Map<String, MethodHandle>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return lookup(type);
        }
    };

    /**
     * The accessor of the component {@code name} of {@code type}, or with {@code name()} its method
     * of that name without parameters; null when it has none or is not public.
     */
    MethodHandle find(Class<?> type, String name) {
        return accessors.get(type).get(name);
    }

    private static Map<String, MethodHandle> lookup(Class<?> type) {
        Map<String, MethodHandle> handles = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                handles.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(GETTER));
            } catch (IllegalAccessException e) {
                // a record that is not public: its components stay unreadable from templates
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                try {
                    handles.put(method.getName() + "()", MethodHandles.publicLookup().unreflect(method).asType(GETTER));
                } catch (IllegalAccessException e) {
                    // not reachable from here: left to the template engine's own evaluation
                }
            }
        }
        return Map.copyOf(handles);
    }
}

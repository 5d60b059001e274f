package dev.dateline.render;

import java.util.Map;
import java.util.function.Function;
import ognl.NoSuchPropertyException;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Reads record components in template expressions ({@code ${event.title}}) through their
 * accessors. OGNL finds record accessors only by a slow search over all methods on every
 * evaluation; this reads them through functions looked up once per record type.
 */
final class RecordPropertyAccessor implements PropertyAccessor {
    private final RecordAccessors accessors = new RecordAccessors();

    /** Makes OGNL, which Thymeleaf evaluates expressions with, use this accessor for every record. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Function<Object, Object> accessor = accessors.find(target.getClass(), String.valueOf(name));
        if (accessor == null) {
            throw new NoSuchPropertyException(target, name);
        }
        try {
            return accessor.apply(target);
        } catch (Exception e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        throw new OgnlException("templates cannot change " + name + ": records are read-only");
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object name) {
        throw new UnsupportedOperationException("expressions over records are not compiled");
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object name) {
        throw new UnsupportedOperationException("records are read-only");
    }
}

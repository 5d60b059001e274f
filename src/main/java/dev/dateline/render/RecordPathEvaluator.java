package dev.dateline.render;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the expressions that are a variable and a path of record components
 * ({@code ${page.meta.ogType}}, most of a theme's) by reading the components through method
 * handles; every other expression, and any path that meets something other than a record, goes
 * to OGNL as before, so the results are the same. OGNL spends most of a page's expression time
 * looking for indexed properties at each step of such a path.
 */
final class RecordPathEvaluator implements IStandardVariableExpressionEvaluator {
    private static final Pattern PATH = Pattern.compile(
            "\\s*[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*\\s*");
    /**
     * Words that OGNL reads as literals or operators, not as names, and {@code param}, the request
     * parameters, which Thymeleaf forbids in some attributes: OGNL knows when.
     */
    private static final Set<String> KEYWORDS = Set.of("param", "null", "true", "false", "this", "new", "and", "or", "not",
            "in", "instanceof", "eq", "neq", "lt", "lte", "gt", "gte", "shl", "shr", "ushr", "band", "bor", "xor");

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Optional<String[]>> paths = new ConcurrentHashMap<>();
    private final RecordAccessors accessors = new RecordAccessors();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext executionContext) {
        String text = expression.getExpression();
        Optional<String[]> path = text == null
                || (expression.getUseSelectionAsRoot() && context instanceof ITemplateContext template
                        && template.hasSelectionTarget())
                ? Optional.empty()
                : paths.computeIfAbsent(text, RecordPathEvaluator::parse);
        if (path.isEmpty()) {
            return ognl.evaluate(context, expression, executionContext);
        }
        String[] names = path.get();
        Object value = context.getVariable(names[0]);
        for (int i = 1; i < names.length; i++) {
            MethodHandle accessor = value instanceof Record ? accessors.find(value.getClass(), names[i]) : null;
            if (accessor == null) {
                return ognl.evaluate(context, expression, executionContext);
            }
            value = read(accessor, value, text);
        }
        return executionContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                : value;
    }

    private static Optional<String[]> parse(String expression) {
        if (!PATH.matcher(expression).matches()) {
            return Optional.empty();
        }
        String[] names = expression.strip().split("\\.");
        return Arrays.stream(names).anyMatch(KEYWORDS::contains) ? Optional.empty() : Optional.of(names);
    }

    private static Object read(MethodHandle accessor, Object target, String expression) {
        try {
            return accessor.invoke(target);
        } catch (Throwable e) {
            throw new TemplateProcessingException("Exception evaluating expression: \"" + expression + "\"", e);
        }
    }
}

package id.rekon.pispk.testdb;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Runs a test class only where a PostgreSQL server is reachable ({@link PostgresTestDatabase}), and
 * always on CI ({@code CI=true}), where an unreachable server must fail the build rather than
 * quietly skip the proof. Evaluated before the class's Spring context is loaded, which a plain
 * {@code assumeTrue} in a {@code @BeforeAll} would be too late for.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    /** Skips (or, on CI, fails) when the server cannot be reached. */
    final class Condition implements ExecutionCondition {

        private static final String KEY = "unreachable"; // "" when reachable

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            // once per test class run, not once per test method
            String reason = context.getRoot().getStore(ExtensionContext.Namespace.create(RequiresPostgres.class))
                    .getOrComputeIfAbsent(KEY, k -> Objects.requireNonNullElse(PostgresTestDatabase.unreachableReason(), ""),
                            String.class);
            if (reason.isEmpty()) {
                return ConditionEvaluationResult.enabled("PostgreSQL " + PostgresTestDatabase.serverUrl());
            }
            if (PostgresTestDatabase.required()) {
                throw new IllegalStateException("CI=true but " + reason);
            }
            return ConditionEvaluationResult.disabled(reason + " (set " + PostgresTestDatabase.URL_ENV + ")");
        }
    }
}

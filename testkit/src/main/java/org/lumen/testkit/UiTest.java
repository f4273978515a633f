package org.lumen.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method of the "ui" tier: it drives JavaFX through TestFX (run under
 * Xvfb).
 *
 * <p>Only the tag is applied; methods still carry {@code @Test} (or {@code @ParameterizedTest}).
 * Run just this tier with {@code ./mvnw verify -Dgroups=ui}, skip it with
 * {@code -DexcludedGroups=ui}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("ui")
public @interface UiTest {
}

package org.lumen.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method of the "gpu" tier: it needs an OpenGL context (run under
 * Xvfb: {@code xvfb-run -s '-screen 0 1920x1080x24'}).
 *
 * <p>Only the tag is applied; methods still carry {@code @Test} (or {@code @ParameterizedTest}).
 * Run just this tier with {@code ./mvnw verify -Dgroups=gpu}, skip it with
 * {@code -DexcludedGroups=gpu}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("gpu")
public @interface GpuTest {
}

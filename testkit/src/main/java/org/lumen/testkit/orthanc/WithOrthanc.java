package org.lumen.testkit.orthanc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declarative form of {@link OrthancExtension}: a test class annotated with it gets a real Orthanc
 * and is tagged "integration". Test methods receive the {@link Orthanc} handle as a parameter.
 *
 * <pre>{@code
 * @WithOrthanc(user = "alice", password = "secret", preload = "/path/CT_small.dcm")
 * class MyIT { @Test void t(Orthanc orthanc) { ... } }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("integration")
@ExtendWith(WithOrthancExtension.class)
public @interface WithOrthanc {

    /** Basic-auth user; empty (the default) disables authentication. */
    String user() default "";

    /** Password of {@link #user()}. */
    String password() default "";

    /** Part 10 files uploaded when Orthanc starts with an empty storage. */
    String[] preload() default {};

    /** One Orthanc per test method instead of per class. */
    boolean perMethod() default false;

    /** Start-up timeout in seconds. */
    int startupTimeoutSeconds() default 30;
}

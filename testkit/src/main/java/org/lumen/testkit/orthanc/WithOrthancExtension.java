package org.lumen.testkit.orthanc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Reads {@link WithOrthanc} from the test class and delegates to an {@link OrthancExtension} kept
 * in the class's extension store.
 */
final class WithOrthancExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(WithOrthancExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        delegate(context).beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        delegate(context).beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        delegate(context).afterEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        delegate(context).afterAll(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Orthanc.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return delegate(context).orthanc();
    }

    /** The extension of the outermost enclosing class annotated with {@link WithOrthanc}. */
    private static OrthancExtension delegate(ExtensionContext context) {
        ExtensionContext owner = OrthancExtension.classContext(context);
        for (ExtensionContext c = owner; c.getParent().isPresent(); c = c.getParent().get()) {
            if (c.getTestClass().filter(k -> AnnotationSupport.isAnnotated(k, WithOrthanc.class)).isPresent()) {
                owner = c;
            }
        }
        Class<?> testClass = owner.getRequiredTestClass();
        return owner.getStore(NS).getOrComputeIfAbsent(testClass, c -> fromAnnotation(testClass),
                OrthancExtension.class);
    }

    static OrthancExtension fromAnnotation(Class<?> testClass) {
        WithOrthanc a = AnnotationSupport.findAnnotation(testClass, WithOrthanc.class).orElseThrow(
                () -> new IllegalStateException(testClass + " lacks @WithOrthanc"));
        OrthancExtension.Builder b = OrthancExtension.builder()
                .startupTimeout(Duration.ofSeconds(a.startupTimeoutSeconds()))
                .preload(Arrays.stream(a.preload()).map(Path::of).toArray(Path[]::new));
        if (!a.user().isEmpty()) {
            b.basicAuth(a.user(), a.password());
        }
        if (a.perMethod()) {
            b.perMethod();
        }
        return b.build();
    }
}

package org.nnplayground.web;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM which classes the browser builds compile from a class of this package instead (found
 * through META-INF/services): the class library's conversions between doubles and decimal text,
 * {@code DoubleAnalyzer} and {@code DoubleSynthesizer}, become {@link BrowserDoubleAnalyzer} and
 * {@link BrowserDoubleSynthesizer}, which leave the work to the engine; and the playground's own reader of
 * decimals, {@link org.nnplayground.core.text.DecimalText}, becomes {@link BrowserDecimalText}, which
 * leaves the class library's reader out. Read by the compiler only.
 */
public final class BrowserSubstitutions extends SimpleSubstitutionPolicy {
    private static final String LIBRARY_TEXT = "org.teavm.classlib.impl.text";
    private static final String CORE_TEXT = "org.nnplayground.core.text";

    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named(LIBRARY_TEXT + ".DoubleAnalyzer").or(named(LIBRARY_TEXT + ".DoubleSynthesizer")))
                .replacePackage(LIBRARY_TEXT, "org.nnplayground.web")
                .simpleNamePrefix("Browser");
        sink.selectClasses(named(CORE_TEXT + ".DecimalText"))
                .replacePackage(CORE_TEXT, "org.nnplayground.web")
                .simpleNamePrefix("Browser");
    }
}

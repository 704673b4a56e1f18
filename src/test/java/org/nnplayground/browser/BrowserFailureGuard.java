package org.nnplayground.browser;

import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs right after each {@link BrowserTest} method, while its page is still open: keeps a
 * screenshot and a Playwright trace when the test failed, and fails a test that passed its
 * assertions but whose page reported errors.
 */
final class BrowserFailureGuard implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
        BrowserTest test = (BrowserTest) context.getRequiredTestInstance();
        List<String> problems = test.unexpectedPageProblems();
        if (context.getExecutionException().isEmpty() && problems.isEmpty()) {
            return;
        }
        test.keepFailureEvidence(fileNameFor(context));
        if (!problems.isEmpty()) {
            throw new AssertionError("The page reported " + problems.size() + " error(s):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static String fileNameFor(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name = context.getRequiredTestClass().getSimpleName() + "." + method;
        if (!display.equals(method + "()")) {
            name += "-" + display;
        }
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}

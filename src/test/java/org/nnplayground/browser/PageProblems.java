package org.nnplayground.browser;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what went wrong on a page: uncaught errors ({@code pageerror}) and
 * {@code console.error} messages. A test may declare a problem it provokes on purpose as allowed.
 */
final class PageProblems {
    private final List<String> seen = new ArrayList<>();
    private final List<String> allowedFragments = new ArrayList<>();

    private PageProblems() {
    }

    /** Starts collecting the problems of {@code page}. */
    static PageProblems watch(Page page) {
        PageProblems problems = new PageProblems();
        page.onPageError(error -> problems.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console.error: " + message.text() + location(message));
            }
        });
        return problems;
    }

    private static String location(ConsoleMessage message) {
        String location = message.location();
        return location == null || location.isEmpty() ? "" : " (at " + location + ")";
    }

    private synchronized void add(String problem) {
        seen.add(problem);
    }

    /** Problems whose text contains {@code fragment} no longer fail the test. */
    synchronized void allow(String fragment) {
        allowedFragments.add(fragment);
    }

    /** The problems seen so far that were not allowed, in order. */
    synchronized List<String> unexpected() {
        List<String> result = new ArrayList<>();
        for (String problem : seen) {
            if (allowedFragments.stream().noneMatch(problem::contains)) {
                result.add(problem);
            }
        }
        return result;
    }
}

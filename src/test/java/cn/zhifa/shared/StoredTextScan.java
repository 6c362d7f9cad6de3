package cn.zhifa.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in src/main/java, the places that store a Chinese text as a record summary, a notification's message or a
 * document's name instead of a message key with arguments (decision 0033): a call that stores one —
 * {@code record|records|writer|history.append|appendAll|record|entry(…)}, {@code new (CaseRecord.)Entry(…)},
 * {@code history(…)}, a step's {@code .done(…)}, {@code notification(s).notify(…)}, a step's
 * {@code .document(DocumentKind…)}, {@code recordOnTimeline|noteSummaryStep|closeSummaryCase(…)} — whose arguments hold a string literal with a Chinese character, directly or
 * through a local variable assigned such a literal in the 3,000 characters before the call; or a text rendered in
 * zh-CN when written ({@code Messages.ZH_CN} among the arguments or in such a variable). Texts built by helper
 * methods are not seen (the test is a guard, not a proof).
 */
final class StoredTextScan {

    static final Pattern CALL = Pattern.compile("(\\b(?:record|records|writer|history)\\.(?:append|appendAll|record|entry)\\("
            + "|new (?:CaseRecord\\.)?Entry\\(|\\bhistory\\(|\\.done\\(|\\bnotifications?\\.notify\\("
            + "|\\.document\\(DocumentKind|\\.(?:recordOnTimeline|noteSummaryStep|closeSummaryCase)\\()");
    /** A 文书号's word (罚决字…) is part of a document number: data in every language. */
    static final Pattern DOC_NO = Pattern.compile("\\bdocNo\\([^()]*\\)");
    static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
    static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    static final Pattern IDENT = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\b");

    private StoredTextScan() {
    }

    /** One offending call: the file (relative to src/main/java, with '/') and its line. */
    record Hit(String file, int line, String what) {
    }

    static List<Hit> scan(Path root) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Hit> hits = new ArrayList<>();
        for (Path p : sources) {
            String name = root.relativize(p).toString().replace('\\', '/');
            hits.addAll(scan(name, Files.readString(p)));
        }
        return hits;
    }

    static List<Hit> scan(String file, String s) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = CALL.matcher(s);
        while (m.find()) {
            String args = DOC_NO.matcher(arguments(s, m.end())).replaceAll("docNo()");
            int line = (int) s.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            Set<String> chinese = new LinkedHashSet<>();
            Matcher lit = STRING.matcher(args);
            while (lit.find()) {
                if (CJK.matcher(lit.group()).find()) {
                    chinese.add(lit.group());
                }
            }
            if (args.contains("Messages.ZH_CN")) {
                chinese.add("Messages.ZH_CN"); // rendered in Chinese when written instead of per reader
            }
            if (chinese.isEmpty()) {
                chinese.addAll(throughVariables(s.substring(Math.max(0, m.start() - 3000), m.start()),
                        STRING.matcher(args).replaceAll("\"\"")));
            }
            if (!chinese.isEmpty()) {
                hits.add(new Hit(file, line, m.group(1) + " " + String.join(" | ", chinese)));
            }
        }
        return hits;
    }

    /** The local variables among the arguments that were assigned a Chinese literal before the call. */
    private static Set<String> throughVariables(String before, String args) {
        Set<String> found = new LinkedHashSet<>();
        Matcher id = IDENT.matcher(args);
        while (id.find()) {
            Matcher assign = Pattern.compile("\\b" + id.group(1) + "\\s*\\+?=(?!=)([^;]*);").matcher(before);
            while (assign.find()) {
                if (assign.group(1).contains("Messages.ZH_CN")) {
                    found.add(id.group(1) + "=Messages.ZH_CN");
                }
                Matcher lit = STRING.matcher(assign.group(1));
                while (lit.find()) {
                    if (CJK.matcher(lit.group()).find()) {
                        found.add(id.group(1) + "=" + lit.group());
                    }
                }
            }
        }
        return found;
    }

    /** The text of a call's arguments, from just after its '(' to its matching ')' (strings and chars skipped). */
    private static String arguments(String s, int from) {
        int depth = 1;
        int j = from;
        while (j < s.length() && depth > 0) {
            char c = s.charAt(j);
            if (c == '"' || c == '\'') {
                int k = j + 1;
                while (k < s.length() && s.charAt(k) != c) {
                    k += s.charAt(k) == '\\' ? 2 : 1;
                }
                j = k;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            j++;
        }
        return s.substring(from, Math.max(from, j - 1));
    }
}

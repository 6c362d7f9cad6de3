package cn.zhifa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Collects the results as Markdown, echoes them to stdout and writes target/bench/results.md. */
final class Report {
    private final StringBuilder md = new StringBuilder();

    void heading(String text) {
        line("");
        line("## " + text);
        line("");
    }

    void line(String text) {
        md.append(text).append('\n');
        System.out.println(text);
        System.out.flush();
    }

    void row(Object... cells) {
        StringBuilder sb = new StringBuilder("|");
        for (Object c : cells) {
            sb.append(' ').append(c instanceof Double d ? f(d) : String.valueOf(c)).append(" |");
        }
        line(sb.toString());
    }

    void header(String... cells) {
        row((Object[]) cells);
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append("---|");
        }
        line(sb.toString());
    }

    static String f(double d) {
        if (Double.isNaN(d)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 10 ? "%.1f" : "%.2f", d);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.out.println("[bench] results written to " + file.toAbsolutePath());
    }
}

package cn.zhifa.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cross-module reads in SQL go through views the owning module publishes (decision 0013): a mapper XML of module
 * {@code m} (src/main/resources/cn/zhifa/m/internal) names only m's own tables and views {@code v_<other>_…} that
 * another module declares in a migration. A new table must be given its owner in {@link #OWNER}.
 */
class MapperTablesTest {

    /** Each table and the module that owns it (created in that module's migration). */
    static final Map<String, Set<String>> OWNER = Map.ofEntries(
            Map.entry("organization", Set.of("org_unit", "app_user", "user_role", "certificate", "violation_item",
                    "discretion_benchmark", "app_setting")),
            Map.entry("calendar", Set.of("calendar_day", "calendar_year", "calendar_change")),
            Map.entry("casefile", Set.of("case_file", "case_party", "case_handler", "case_document",
                    "case_stage_history", "case_number_seq", "case_clock_event", "case_deadline",
                    "evidence_preservation", "case_remedy", "case_remedy_hearing", "case_month_tally",
                    "case_stage_tally", "case_service_address", "case_payment", "case_execution_act", "case_seizure",
                    "case_motion", "case_transfer", "case_party_gram")),
            Map.entry("notification", Set.of("notification")),
            Map.entry("publication", Set.of("publication", "annual_report")),
            Map.entry("tasks", Set.of("task_inbox", "task_inbox_handler", "task_done", "task_urge",
                    "task_saved_filter")),
            Map.entry("summary", Set.of("summary_decision", "summary_number_seq")),
            Map.entry("complaint", Set.of("complaint", "complaint_number_seq")),
            Map.entry("record", Set.of("case_record", "case_record_head")),
            Map.entry("evidence", Set.of("evidence", "evidence_officer")),
            Map.entry("review", Set.of("review_catalogue_rule", "reviewer_qualification", "reviewer_recusal",
                    "legal_review_round", "legal_review_point", "advance_notice", "case_hearing", "case_requirement",
                    "review_extension")),
            Map.entry("deliberation", Set.of("deliberation_meeting", "deliberation_item", "deliberation_attendee",
                    "deliberation_vote")),
            Map.entry("account", Set.of("login_event", "login_throttle")),
            Map.entry("document", Set.of("doc_number_seq", "doc_template", "doc_version", "doc_render_job",
                    "doc_dossier", "doc_complaint_reply")),
            Map.entry("supervision", Set.of("sv_rubric", "sv_rubric_section", "sv_rubric_item", "sv_finding",
                    "sv_case_audit", "sv_plan", "sv_plan_case", "sv_assignment", "sv_score", "sv_score_line",
                    "sv_unit_report", "sv_objection", "sv_rectification", "sv_letter", "sv_review_outcome")));

    private static final Pattern TABLE = Pattern
            .compile("(?i)\\b(?:from|join|(?<!key )(?<!for )update|into)\\s+([a-z][a-z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern VIEW_DDL = Pattern.compile("(?i)create\\s+view\\s+(v_[a-z0-9_]+)");

    @Test
    void mappersReadOnlyTheirOwnTablesAndPublishedViews() throws IOException {
        Set<String> views = publishedViews();
        Map<String, String> ownerOf = new java.util.HashMap<>();
        OWNER.forEach((module, tables) -> tables.forEach(t -> ownerOf.put(t, module)));
        List<String> problems = new ArrayList<>();
        List<Path> mappers = mapperFiles();
        assertThat(mappers).as("mapper XMLs found").hasSizeGreaterThan(10);
        for (Path xml : mappers) {
            String module = xml.getParent().getParent().getFileName().toString();
            // statement text only: no comments, no tags (their attributes say update id=…)
            String sql = Files.readString(xml).replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]*>", " ");
            Matcher m = TABLE.matcher(sql);
            while (m.find()) {
                String name = m.group(1).toLowerCase();
                if (name.startsWith("v_")) {
                    if (!views.contains(name)) {
                        problems.add(xml.getFileName() + ": view " + name + " is declared by no migration");
                    } else if (name.startsWith("v_" + module + "_")) {
                        problems.add(xml.getFileName() + ": reads its own published view " + name
                                + " (read the table)");
                    }
                    continue;
                }
                String owner = ownerOf.get(name);
                if (owner == null) {
                    problems.add(xml.getFileName() + ": table " + name + " has no owner in MapperTablesTest.OWNER");
                } else if (!owner.equals(module)) {
                    problems.add(xml.getFileName() + " (" + module + "): reads " + owner + "'s table " + name
                            + " — use a view v_" + owner + "_… published by " + owner);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPublishedViewIsNamedAfterAnOwningModule() throws IOException {
        for (String v : publishedViews()) {
            String owner = v.substring(2, v.indexOf('_', 2));
            assertThat(OWNER).as("owner of view %s", v).containsKey(owner);
        }
    }

    @Test
    void ruleSeesAForeignTable() {
        Matcher m = TABLE.matcher("SELECT x FROM task_inbox t LEFT JOIN case_file c ON c.id = t.case_id");
        Set<String> found = new HashSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactlyInAnyOrder("task_inbox", "case_file");
    }

    private static Set<String> publishedViews() throws IOException {
        Set<String> views = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("sql"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = VIEW_DDL.matcher(Files.readString(f));
                while (m.find()) {
                    views.add(m.group(1).toLowerCase());
                }
            }
        }
        return views;
    }

    private static List<Path> mapperFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/cn/zhifa"))) {
            return files.filter(p -> p.toString().endsWith(".xml") && p.getParent().endsWith("internal")).sorted()
                    .toList();
        }
    }
}

package cn.zhifa.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The redaction corpus (src/test/resources/redaction/corpus.jsonl, written by make_corpus.py beside it): realistic
 * 城管 fact texts, each with the personal data that must never be published and the legal content that must survive.
 */
final class RedactionCorpus {

    record Entry(int id, String kind, boolean natural, String partyName, String partyAddress, String text,
            List<String> secrets, List<String> keep) {

        List<String> names() {
            return natural ? List.of(partyName) : List.of();
        }

        List<String> addresses() {
            return natural && !partyAddress.isEmpty() ? List.of(partyAddress) : List.of();
        }
    }

    private RedactionCorpus() {
    }

    static List<Entry> load() {
        ObjectMapper json = new ObjectMapper();
        List<Entry> out = new ArrayList<>();
        try (var in = RedactionCorpus.class.getResourceAsStream("/redaction/corpus.jsonl");
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new Entry(n.get("id").asInt(), n.get("kind").asText(), n.get("party").get("natural").asBoolean(),
                        n.get("party").get("name").asText(), n.get("party").get("address").asText(),
                        n.get("text").asText(), strings(n.get("secrets")), strings(n.get("keep"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** Full-width to ASCII and separators between digits removed: how a reader would read a number back. */
    static String readBack(String s) {
        return PersonalDataScanner.normalise(s).replaceAll("(?<=[0-9A-Za-z])[ \\t\\-.·]{1,2}(?=[0-9A-Za-z])", "");
    }

    /** The secrets of an entry that a published text still shows (in any spacing or width). */
    static List<String> leaks(Entry e, String published) {
        String plain = PersonalDataScanner.normalise(published);
        String back = readBack(published);
        List<String> out = new ArrayList<>();
        for (String s : e.secrets()) {
            if (plain.contains(PersonalDataScanner.normalise(s)) || back.contains(readBack(s))) {
                out.add(s);
            }
        }
        return out;
    }
}

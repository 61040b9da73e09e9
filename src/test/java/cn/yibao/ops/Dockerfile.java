package cn.yibao.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile's instructions (comments dropped, continuation lines joined), enough for the checks. */
record Dockerfile(String name, List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {}

    static Dockerfile read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dockerfile parse(String name, String text) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                out.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            }
            current.setLength(0);
        }
        return new Dockerfile(name, out);
    }

    List<String> all(String keyword) {
        return instructions.stream()
                .filter(i -> i.keyword().equals(keyword))
                .map(Instruction::arguments)
                .toList();
    }

    Optional<String> last(String keyword) {
        List<String> all = all(keyword);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The sources of each COPY that copies from the build context (not --from another stage). */
    List<String> copySources() {
        List<String> sources = new ArrayList<>();
        for (String args : all("COPY")) {
            List<String> words = new ArrayList<>(Arrays.asList(args.split("\\s+")));
            if (words.stream().anyMatch(w -> w.startsWith("--from="))) {
                continue;
            }
            words.removeIf(w -> w.startsWith("--"));
            sources.addAll(words.subList(0, words.size() - 1));
        }
        return sources;
    }

    /** The ENTRYPOINT as words: its JSON array, or the shell form split on spaces. */
    List<String> entrypoint() {
        String e = last("ENTRYPOINT").orElse("").strip();
        if (!e.startsWith("[")) {
            return e.isEmpty() ? List.of() : List.of(e.split("\\s+"));
        }
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(e);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    boolean runsJava() {
        List<String> e = entrypoint();
        return !e.isEmpty() && (e.get(0).equals("java") || e.get(0).endsWith("/java"));
    }
}

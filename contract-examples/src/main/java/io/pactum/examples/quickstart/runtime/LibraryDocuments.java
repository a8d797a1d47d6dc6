package io.pactum.examples.quickstart.runtime;

import io.pactum.core.json.JsonOutput;
import io.pactum.examples.quickstart.QuickstartResources;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped library files in the form the runtime's library stores: self-contained documents
 * (bodies inline instead of {@code bodyResource}, which a stored document may not have) and one
 * document per clause (a clause library file holds several). The texts are then read by the
 * library's own strict readers, so nothing here needs to understand more of JSON than where a
 * string or an object ends. Stateless.
 */
final class LibraryDocuments {

    private static final Pattern BODY_RESOURCE = Pattern.compile("\"bodyResource\"\\s*:\\s*\"([^\"\\\\]*)\"");

    private LibraryDocuments() {
    }

    /** A shipped file with every {@code "bodyResource": "name"} replaced by {@code "body": "<the file's text>"}. */
    static String inline(String file) {
        Matcher m = BODY_RESOURCE.matcher(QuickstartResources.text(file));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = QuickstartResources.text(m.group(1));
            String object = JsonOutput.compact().write(w -> w.string("body", text));
            // {"body":"…"} without its braces is the property, escaped by the core's writer.
            m.appendReplacement(out, Matcher.quoteReplacement(object.substring(1, object.length() - 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The objects of a clause library's top-level {@code clauses} array, each as its own text. */
    static List<String> clauses(String libraryJson) {
        int name = libraryJson.indexOf("\"clauses\"");
        int open = name < 0 ? -1 : libraryJson.indexOf('[', name);
        if (open < 0) {
            throw new IllegalStateException("a clause library file has a \"clauses\" array");
        }
        List<String> objects = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = open + 1; i < libraryJson.length(); i++) {
            char c = libraryJson.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return objects;    // the array's own closing bracket
                }
                depth--;
                if (depth == 0) {
                    objects.add(libraryJson.substring(start, i + 1));
                }
            }
        }
        throw new IllegalStateException("the \"clauses\" array of a clause library file is not closed");
    }
}

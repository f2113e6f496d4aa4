import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PIT's threshold is for all mutations together; this holds each package to its own. It reads
 * PIT's mutations.xml and prints, per package, the mutations detected (killed, timed out, or
 * ended in a memory or run error, as PIT counts them) out of all generated, then exits 1 when a
 * package is below its threshold or has no mutations at all (a renamed package must not pass by
 * vanishing from the report).
 *
 * <p>Run by the mutation profile (pom.xml) as {@code java .ci/MutationScores.java REPORT PKG=MIN...},
 * for example {@code org.k2advisor.internal.json=90}. Plain Java, so CI needs nothing else.
 */
public class MutationScores {
    private static final Pattern MUTATION = Pattern.compile("<mutation\\b[^>]*\\bdetected='(true|false)'[^>]*>(.*?)</mutation>",
            Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("<mutatedClass>([^<]+)</mutatedClass>");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java MutationScores.java target/pit-reports/mutations.xml PACKAGE=MIN_PERCENT...");
            System.exit(2);
        }
        String xml = Files.readString(Path.of(args[0]));
        Map<String, Double> minimum = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            minimum.put(pair[0], Double.parseDouble(pair[1]));
        }
        Map<String, int[]> counts = new TreeMap<>();
        Matcher mutation = MUTATION.matcher(xml.replace('"', '\''));
        while (mutation.find()) {
            Matcher mutated = CLASS.matcher(mutation.group(2));
            if (!mutated.find()) {
                continue;
            }
            String className = mutated.group(1);
            String pkg = className.substring(0, className.lastIndexOf('.'));
            int[] count = counts.computeIfAbsent(pkg, p -> new int[2]);
            count[1]++;
            if (mutation.group(1).equals("true")) {
                count[0]++;
            }
        }
        boolean failed = false;
        int detected = 0;
        int total = 0;
        for (Map.Entry<String, Double> wanted : minimum.entrySet()) {
            int[] count = counts.getOrDefault(wanted.getKey(), new int[2]);
            double score = count[1] == 0 ? 0 : 100.0 * count[0] / count[1];
            boolean below = count[1] == 0 || score < wanted.getValue();
            failed |= below;
            detected += count[0];
            total += count[1];
            System.out.printf("%-36s %4d/%4d  %5.1f%%  (min %.0f%%)%s%n", wanted.getKey(), count[0], count[1], score,
                    wanted.getValue(), below ? "  BELOW" : "");
        }
        System.out.printf("%-36s %4d/%4d  %5.1f%%%n", "all", detected, total, total == 0 ? 0 : 100.0 * detected / total);
        if (failed) {
            System.out.println("mutation score below the threshold in a package; see target/pit-reports/index.html");
            System.exit(1);
        }
    }
}

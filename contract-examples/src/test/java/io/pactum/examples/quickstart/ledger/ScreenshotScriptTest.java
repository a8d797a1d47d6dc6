package io.pactum.examples.quickstart.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationKind;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code scripts/screenshot-report.sh} on a ledger page when Chromium is on the PATH and
 * checks that the SVG chart was drawn: the bars' colours are in the picture. Skipped without
 * Chromium.
 */
class ScreenshotScriptTest {

    private static final Path SCRIPT = Path.of("scripts", "screenshot-report.sh");
    // The fills of svg.chart .due and .done in the page's CSS.
    private static final int DUE = 0x9fb3c8;
    private static final int DONE = 0x2f9e44;

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static int run(Path out, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        return p.exitValue();
    }

    private static Ledger ledger() {
        LedgerContract c = new LedgerContract("c-1", "SC-2026-000101", "企业数据平台运维技术服务合同", "service",
                "上海明达科技有限公司", Money.of("1200000.00", "CNY"), ContractStatus.ACTIVE);
        return new Ledger("合同台账 2026", LocalDate.of(2026, 12, 31), List.of(c), List.of(
                new LedgerObligation("c-1", "down-payment#0", "预付款（30%）", ObligationKind.PAYMENT_IN,
                        Money.of("360000.00", "CNY"), LocalDate.of(2026, 1, 23),
                        List.of(new Receipt(LocalDate.of(2026, 1, 22), Money.of("360000.00", "CNY"))), LocalDate.of(2026, 1, 22)),
                new LedgerObligation("c-1", "progress#0", "进度款（30%）", ObligationKind.PAYMENT_IN,
                        Money.of("360000.00", "CNY"), LocalDate.of(2026, 6, 30), List.of(), null)),
                List.of(), List.of());
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void script_withChromium_rendersThePageWithItsChart(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("chromium") || onPath("chromium-browser") || onPath("google-chrome"), "no Chromium on the PATH");
        Path html = LedgerReport.of(ledger()).writeHtml(dir.resolve("ledger.html"));
        Path png = dir.resolve("shots/ledger.png");
        Path log = dir.resolve("log.txt");
        assertEquals(0, run(log, html.toString(), png.toString(), "1000", "900"), () -> read(log));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(900, image.getHeight());
        // Two bars of 360,000 on a 500K scale: 20 by about 137 pixels each, due and received.
        assertTrue(pixels(image, DUE) > 1_000, "no due bar drawn");
        assertTrue(pixels(image, DONE) > 1_000, "no received bar drawn");
    }

    @Test
    void script_missingReport_exitsWithTwo(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("bash"), "no bash");
        Path log = dir.resolve("log.txt");
        assertEquals(2, run(log, dir.resolve("missing.html").toString(), dir.resolve("x.png").toString()));
        assertTrue(read(log).contains("no such report"), read(log));
        assertEquals(2, run(log, "only-one-argument"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

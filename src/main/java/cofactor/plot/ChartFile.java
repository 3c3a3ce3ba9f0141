package cofactor.plot;

import cofactor.files.AtomicFile;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a chart ({@link ChartPainter}) as PNG or SVG: into a file through {@link AtomicFile},
 * or as bytes for a notebook. The SVG is drawn through VectorGraphics2D, which keeps text as
 * {@code <text>}: a chart with its labels as outlines was 500 KB, this one is a few KB and its
 * labels can be searched.
 */
public final class ChartFile {
    private ChartFile() {}

    /** @throws IllegalArgumentException when the name ends in neither .png nor .svg */
    public static void write(Series s, String file) throws AtomicFile.WriteError {
        String name = file.toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) throw new IllegalArgumentException("the file name must end in .png or .svg");
        AtomicFile.write(file, out -> draw(s, svg, out));
    }

    /** The chart as a PNG image. */
    public static byte[] png(Series s) { return bytes(s, false); }

    /** The chart as an SVG document. */
    public static byte[] svg(Series s) { return bytes(s, true); }

    private static byte[] bytes(Series s, boolean svg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            draw(s, svg, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to take bytes
        }
        return out.toByteArray();
    }

    private static void draw(Series s, boolean svg, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ChartPainter painter = new ChartPainter(s);
        if (svg) {
            VectorGraphics2D g = new VectorGraphics2D();
            painter.paint(g);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, ChartPainter.WIDTH, ChartPainter.HEIGHT)).writeTo(out);
        } else {
            BufferedImage image = new BufferedImage(ChartPainter.WIDTH, ChartPainter.HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            painter.paint(g);
            g.dispose();
            ImageIO.write(image, "png", out);
        }
    }
}

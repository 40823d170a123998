package app.involvement.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * The type of an upload found from its bytes alone, with Apache Tika's detector; the name the file came with is
 * never passed in, so a renamed program is still a program.
 */
public final class ContentTypes {

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private ContentTypes() {
    }

    /** The base media type, such as {@code application/pdf}; {@code application/octet-stream} when unknown. */
    public static String detect(byte[] content) {
        try (var in = TikaInputStream.get(content)) {
            return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

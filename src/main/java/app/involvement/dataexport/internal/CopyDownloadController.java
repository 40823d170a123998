package app.involvement.dataexport.internal;

import app.involvement.dataexport.CopyDownload;
import app.involvement.dataexport.DataExportNavigation;
import app.involvement.dataexport.PersonalDataCopies;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a copy at {@code /my-data/download/<token>} to the signed-in person who made it (Spring Security sends
 * anyone else to the login page first). Anything that is not a working link for this person answers 404 with one
 * short sentence, whatever the reason (wrong, used or expired token; another person; another provider), so the
 * answer tells nothing about other people's copies. The token is never logged.
 */
@RestController
class CopyDownloadController {

    private final PersonalDataCopies copies;

    CopyDownloadController(PersonalDataCopies copies) {
        this.copies = copies;
    }

    @GetMapping(DataExportNavigation.DOWNLOAD + "{token}")
    ResponseEntity<byte[]> download(@PathVariable("token") String token, Locale locale) {
        Optional<CopyDownload> copy;
        try {
            copy = copies.take(token);
        } catch (AccessDeniedException notAllowed) {
            copy = Optional.empty();
        }
        if (copy.isEmpty()) {
            String gone = new BundleTexts(Language.of(locale)).get("export.link.gone");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore())
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(gone.getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(CopyDownload.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(copy.get().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(copy.get().content());
    }
}

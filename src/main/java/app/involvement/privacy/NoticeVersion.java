package app.involvement.privacy;

import java.time.LocalDate;
import java.util.Locale;

/** One published version of the provider's privacy notice, in both languages. */
public record NoticeVersion(int number, String textEnglish, String textWelsh, LocalDate publishedOn,
        String publishedBy) {

    /** The text in the reader's language: Welsh for Welsh readers, else English. */
    public String text(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? textWelsh : textEnglish;
    }
}

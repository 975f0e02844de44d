package org.contactrouter.classification;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Welsh text from English by counting words common in one language and rare in the other. Short texts are
 * judged on what they have; a text with no telling words is not Welsh.
 */
public final class WelshDetector {

    private static final Pattern WORDS = Pattern.compile("[\\p{L}']+");
    private static final Set<String> WELSH = Set.of(
            "mae", "yn", "yr", "ydw", "ydy", "rydw", "rwy", "rydym", "dw", "oes", "ddim", "dim", "gyda", "hefyd",
            "ond", "neu", "wedi", "bod", "hyn", "hwn", "hon", "sydd", "fy", "ein", "eich", "eu", "chi", "nhw",
            "diolch", "os", "gwelwch", "dda", "bore", "prynhawn", "helo", "shwmae", "annwyl", "cofion", "gan",
            "ar", "am", "i'r", "o'r", "y", "ac", "ei", "fod", "nad", "pan", "pob", "iawn", "heddiw", "wythnos",
            "ddoe", "cyngor", "sbwriel", "biniau", "bin", "ailgylchu", "tŷ", "stryd", "ffordd", "wnaeth", "cafodd");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "is", "are", "was", "were", "to", "of", "my", "i", "it", "that", "this", "have", "has",
            "not", "with", "for", "on", "at", "be", "you", "your", "please", "thank", "thanks", "been", "will",
            "would", "could", "there", "they", "we", "our", "from", "dear", "regards", "hello", "today", "week");

    private WelshDetector() {
    }

    public static boolean isWelsh(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int welsh = 0;
        int english = 0;
        var matcher = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.indexOf('ŵ') >= 0 || word.indexOf('ŷ') >= 0) {
                welsh += 2;
            } else if (WELSH.contains(word)) {
                welsh++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return welsh >= 2 && welsh > english * 2;
    }
}

package app.involvement.dataexport;

import java.time.Instant;

/**
 * The way to a copy just made: an address holding a random token, which works once, for the person who made the
 * copy, until {@code expiresAt}.
 */
public record CopyLink(String href, String fileName, Instant expiresAt) {
}

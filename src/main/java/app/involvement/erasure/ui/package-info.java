/**
 * The erasure pages (the partner's request to leave, the lead's requests, a request, an erasure on someone's
 * behalf) and the lead's home card of requests waiting, which the shell shows (a named interface for that).
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.erasure.ui;

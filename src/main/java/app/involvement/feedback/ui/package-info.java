/**
 * The feedback pages, and the partner's home cards the shell shows ("tell us how it went", "you said, we did"):
 * a named interface for those.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.feedback.ui;

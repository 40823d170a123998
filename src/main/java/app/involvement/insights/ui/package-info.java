/**
 * The insights dashboard and the pitfall page, and the lead's home card of fired pitfalls (a named interface for
 * the shell).
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.insights.ui;

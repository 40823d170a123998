/**
 * The payment pages, and the home cards the shell shows on each role's home (a named interface for that).
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.payments.ui;

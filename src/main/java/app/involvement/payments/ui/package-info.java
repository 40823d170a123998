/**
 * Payment pages, and components other modules' pages use: the home cards of each role.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.payments.ui;

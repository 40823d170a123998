/**
 * The payment pages, and the home cards other modules' homes show: a named interface, so the shell may use the
 * cards without reaching into the module's internals.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.payments.ui;

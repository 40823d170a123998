/**
 * The planning pages (strategy, policies, review cycles) and the lead's home card of open referrals about
 * involvement, which the shell shows (a named interface for that).
 */
@org.springframework.modulith.NamedInterface("ui")
package app.involvement.planning.ui;

/**
 * Erasure ("the right to be forgotten", DD047): a partner asks to leave and be forgotten, the involvement lead
 * handles the request (or erases on the person's behalf), and one transaction calls every module's
 * {@link app.involvement.shared.privacy.PersonalDataEraser} in order once no
 * {@link app.involvement.shared.privacy.ErasureBlocker} objects. The retention job erases through
 * {@link app.involvement.shared.privacy.RetentionErasure}, implemented here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "identity", "tenancy", "shared"})
package app.involvement.erasure;

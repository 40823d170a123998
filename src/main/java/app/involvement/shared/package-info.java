/**
 * Value objects, entity base classes and the small UI kit every module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.involvement.shared;

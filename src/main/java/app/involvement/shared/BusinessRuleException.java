package app.involvement.shared;

/**
 * A request the rules refuse, such as an e-mail already in use. Carries a message bundle key so the
 * view can tell the person what to change; nothing has been stored when it is thrown.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

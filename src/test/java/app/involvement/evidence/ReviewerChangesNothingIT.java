package app.involvement.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * The proof that the HCPC reviewer can change nothing (issue 12, DD042): every public method of every
 * {@code @Service}/{@code @Component} bean in {@code app.involvement} that writes (runs in a transaction that is not
 * read-only) is called, through the Spring proxy, as the signed-in reviewer, and must refuse with
 * {@link AccessDeniedException} before it does anything. Methods nobody calls from a page (event listeners,
 * scheduled jobs, demo seeders run at start-up) are not part of any user's reach and are left out by rule; the few
 * account self-service methods any signed-in person (or an anonymous visitor) must be able to call on their own
 * account are listed in {@link #OWN_ACCOUNT} with the reason, and the test fails if the list goes stale.
 */
class ReviewerChangesNothingIT extends IntegrationTestBase {

    /**
     * Write methods that deliberately do not refuse a reviewer: they act on the caller's own account (or on an
     * e-mail typed before sign-in), never on a provider's data. Class simple name + "." + method name → reason.
     */
    static final Map<String, String> OWN_ACCOUNT = new TreeMap<>(Map.of(
            "AccountLanguages.chosen", "stores the signed-in person's own choice of language",
            "DefaultInvitations.acceptWithExistingAccount", "accepts an invitation sent to the person, by its link",
            "DefaultInvitations.acceptWithNewAccount", "accepts an invitation sent to the person, by its link",
            "DefaultPasswordReset.request", "asks for a reset link for an e-mail typed before sign-in",
            "DefaultPasswordReset.reset", "sets the person's own password with the link sent to them",
            "DefaultTwoStepSignIn.confirmEnrolment", "sets up the signed-in person's own two-step sign-in",
            "DefaultTwoStepSignIn.disable", "turns off the signed-in person's own two-step sign-in (with a code)",
            "DefaultTwoStepSignIn.verify", "checks the signed-in person's own second-step code"));

    @Autowired
    private ConfigurableApplicationContext context;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void everyWriteMethodOfEveryServiceAndComponent_refusesTheReviewer() {
        List<Call> writes = writeMethods();
        assertThat(writes).as("write methods found").hasSizeGreaterThan(50);
        assertThat(writes).extracting(Call::name)
                .as("the scan reaches the modules' write services")
                .contains("DefaultReviewAssignments.add", "DefaultReviewAssignments.endEarly");

        List<String> notRefused = new ArrayList<>();
        var seenAllowed = new TreeSet<String>();
        var rollback = new TransactionTemplate(transactionManager);
        for (Call call : writes) {
            String outcome = as(DemoLogins.REVIEWER, () -> rollback.execute(status -> {
                status.setRollbackOnly();
                return call.invoke();
            }));
            if (OWN_ACCOUNT.containsKey(call.name())) {
                seenAllowed.add(call.name());
                continue;
            }
            if (outcome != null) {
                notRefused.add(call.name() + " → " + outcome);
            }
        }
        System.out.printf("%nWrite methods called as the reviewer: %d (own-account exceptions: %d)%n", writes.size(),
                seenAllowed.size());
        assertThat(notRefused).as("write methods that do not refuse the reviewer").isEmpty();
        assertThat(seenAllowed).as("every listed own-account method still exists").isEqualTo(OWN_ACCOUNT.keySet());
    }

    /** The public write methods of every singleton service/component bean of the application. */
    private List<Call> writeMethods() {
        ConfigurableListableBeanFactory factory = context.getBeanFactory();
        var calls = new TreeMap<String, Call>();
        for (String name : factory.getBeanDefinitionNames()) {
            if (!factory.containsBeanDefinition(name) || !factory.getBeanDefinition(name).isSingleton()
                    || factory.getBeanDefinition(name).isAbstract()) {
                continue;
            }
            Class<?> type = factory.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (!user.getName().startsWith("app.involvement.") || !AnnotatedElementUtils.hasAnnotation(user, Component.class)
                    || ApplicationRunner.class.isAssignableFrom(user)) {
                continue;
            }
            Object bean = context.getBean(name);
            for (Method method : user.getMethods()) {
                if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()
                        || Modifier.isStatic(method.getModifiers()) || !isWrite(user, method) || byEventsOrJobs(user, method)) {
                    continue;
                }
                var call = new Call(user.getSimpleName() + "." + method.getName(), bean, method);
                calls.putIfAbsent(call.name() + java.util.Arrays.toString(method.getParameterTypes()), call);
            }
        }
        return new ArrayList<>(calls.values());
    }

    /** Runs in a transaction that may write: @Transactional on the method, else on its class, not read-only. */
    private static boolean isWrite(Class<?> type, Method method) {
        Method specific = AopUtils.getMostSpecificMethod(method, type);
        Transactional tx = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
        if (tx == null) {
            tx = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
        }
        return tx != null && !tx.readOnly();
    }

    /** Called by Spring for an event or a schedule, never from a page. */
    private static boolean byEventsOrJobs(Class<?> type, Method method) {
        Method specific = AopUtils.getMostSpecificMethod(method, type);
        return AnnotatedElementUtils.hasAnnotation(specific, EventListener.class)
                || AnnotatedElementUtils.hasAnnotation(specific, Scheduled.class)
                || AnnotatedElementUtils.hasAnnotation(specific,
                        org.springframework.transaction.event.TransactionalEventListener.class);
    }

    /** One method to call on the bean (its proxy), with empty arguments. */
    record Call(String name, Object bean, Method method) {

        /** Null when refused with AccessDeniedException; else what happened instead. */
        String invoke() {
            Object[] args = new Object[method.getParameterCount()];
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < args.length; i++) {
                args[i] = emptyValue(types[i]);
            }
            try {
                Method onProxy = bean.getClass().getMethod(method.getName(), types);
                onProxy.setAccessible(true);
                onProxy.invoke(bean, args);
                return "returned normally";
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                return cause instanceof AccessDeniedException ? null : cause.getClass().getSimpleName() + ": "
                        + cause.getMessage();
            } catch (ReflectiveOperationException e) {
                return "could not be called: " + e;
            }
        }

        private static Object emptyValue(Class<?> type) {
            if (!type.isPrimitive()) {
                return null;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == char.class) {
                return '\0';
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == double.class) {
                return 0d;
            }
            if (type == float.class) {
                return 0f;
            }
            if (type == short.class) {
                return (short) 0;
            }
            if (type == byte.class) {
                return (byte) 0;
            }
            return 0;
        }
    }
}

# Involvement Portal container image.
#   docker build -t involvement-portal .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=... involvement-portal
# See docs/operations.md for the environment variables.

# ---- build stage ---------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Dependencies first: this layer is reused as long as pom.xml and the wrapper do not change.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline

# Sources and the Vaadin front-end folder (frontend/, see frontend/README.md).
COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
    && cp target/involvement-portal-*.jar /build/app.jar

# ---- runtime stage -------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin app \
    && mkdir -p /app \
    && chown root:root /app && chmod 0755 /app

WORKDIR /app
# Spring Boot's extracted layout (app.jar + lib/) and a JDK 25 AOT cache of the classes loaded and linked
# while the application context starts (DD026: about half the CPU time to ready). The training start runs
# here, on the runtime image's own JVM, against an in-memory H2 and stops once the context is refreshed
# (spring.context.exit=onRefresh): no database, mail server or network. Everything stays owned by root
# (read-only for the app user). If the cache does not fit the JVM at run time, Java starts without it.
COPY --from=build /build/app.jar /tmp/app.jar
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app \
    && rm /tmp/app.jar \
    && SPRING_PROFILES_ACTIVE=mysql SPRING_MAIL_HOST=localhost SPRING_DATASOURCE_DRIVER_CLASS_NAME=org.h2.Driver \
       SPRING_DATASOURCE_URL='jdbc:h2:mem:training;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
       SPRING_DATASOURCE_USERNAME=sa SPRING_DATASOURCE_PASSWORD= \
       java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/app.jar > /tmp/training.log 2>&1 \
    || (tail -50 /tmp/training.log; exit 1)

ENV SPRING_PROFILES_ACTIVE=mysql
# Actuator (health probes, Prometheus metrics) on its own port, never the app's (k8s/base/deployment.yaml).
ENV MANAGEMENT_PORT=8081
EXPOSE 8080 8081

# Numeric uid/gid so Kubernetes can verify runAsNonRoot.
USER 10001:10001

# No HEALTHCHECK: the JRE image has no curl/wget. Kubernetes probes use /actuator/health/* on 8081.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]

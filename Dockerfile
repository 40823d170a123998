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
# The jar stays owned by root (read-only for the app user).
COPY --from=build /build/app.jar /app/app.jar

ENV SPRING_PROFILES_ACTIVE=mysql
# Actuator (health probes, Prometheus metrics) on its own port, never the app's (k8s/base/deployment.yaml).
ENV MANAGEMENT_PORT=8081
EXPOSE 8080 8081

# Numeric uid/gid so Kubernetes can verify runAsNonRoot.
USER 10001:10001

# No HEALTHCHECK: the JRE image has no curl/wget. Kubernetes probes use /actuator/health/* on 8081.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]

# The operator image for users with Docker and a registry, for linux/amd64 and linux/arm64:
#   docker buildx build --platform linux/amd64,linux/arm64 -t REGISTRY/sparkop/spark-operator:0.1.0 --push .
# Same layout as the image hack/image builds with podman from Debian packages (hack/image.d/Containerfile):
# Debian trixie, Debian's OpenJDK 25 headless JRE, the Quarkus fast-jar in /opt/sparkop, numeric user 185,
# nothing written outside /tmp (the chart mounts an emptyDir there and makes the root filesystem read-only).
# This file has not been built on the project's machines (no registry is reachable there); hack/image has.

# The jar is the same on every platform: build it once, on the build machine's own architecture.
FROM --platform=$BUILDPLATFORM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests

FROM debian:trixie-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-25-jre-headless ca-certificates \
 && rm -rf /var/lib/apt/lists/* /usr/share/doc /usr/share/man
COPY --from=build --chown=0:0 /src/target/quarkus-app/ /opt/sparkop/
RUN mkdir -p /opt/sparkop/aot
WORKDIR /opt/sparkop
USER 185:185
EXPOSE 8080
# No AOT cache here (training needs a cluster): -XX:AOTCache finds none and the JVM starts without it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", \
            "-XX:AOTCache=/opt/sparkop/aot/app.aot", "-Xlog:aot=off", "-Xlog:cds=off", \
            "-jar", "/opt/sparkop/quarkus-run.jar"]

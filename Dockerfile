# The portal as a container. Build the jar first: ./mvnw -DskipTests package (after scripts/setup.sh)
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal && mkdir -p /var/lib/road-to-the-sea && chown portal /var/lib/road-to-the-sea
USER portal
WORKDIR /opt/road-to-the-sea
COPY backend/target/road-to-the-sea.jar app.jar
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 --enable-native-access=ALL-UNNAMED"
ENTRYPOINT ["java", "-jar", "app.jar", "--spring.profiles.active=prod"]

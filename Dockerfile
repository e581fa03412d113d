# syntax=docker/dockerfile:1
# Rapport as a container: `docker build -t rapport .`, then see compose.yaml or README "Container".

# Build stage: every dependency, TypeScript compiled to dist/.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY data ./data
RUN npm run build

# Final stage: production dependencies only, the compiled code and the content, run as the node user.
FROM node:20.20-bookworm-slim
# tini is PID 1: it forwards SIGTERM to Node (so the graceful drain runs) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY dialogs ./dialogs
COPY data ./data
COPY public ./public
# The file store and the intent model cache live on a volume, writable by the node user only.
RUN mkdir -p /app/data/state && chown node:node /app/data/state
VOLUME ["/app/data/state"]
USER node
ENV HOST=0.0.0.0 \
    PORT=3978 \
    STORAGE_URL=file:/app/data/state/rapport.json \
    NLU_CACHE_DIR=/app/data/state/nlu-cache
EXPOSE 3978
# Liveness only: readiness (/readyz) is for load balancers, and a restart does not fix a slow store.
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3978/livez').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--disable-warning=DEP0111", "dist/src/index.js"]

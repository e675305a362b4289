# Multi-stage build of the CMS (admin panel built by Next, server run by tsx).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NODE_ENV=production
# The build evaluates the Payload config; it needs a secret but no database.
RUN PAYLOAD_SECRET=build-only-secret npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# jemalloc instead of glibc's malloc, as sharp's documentation advises for long-running processes: it
# hands memory freed after image processing back to the system (docs/RELIABILITY.md, "Soak").
RUN apt-get update && apt-get install -y --no-install-recommends libjemalloc2 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PORT=3000 LD_PRELOAD=libjemalloc.so.2
COPY --from=build --chown=node:node /app /app
# Owned by node before the named volumes are mounted on them (a volume takes the folder's owner).
RUN mkdir -p /app/media /app/data /app/private-files && chown -R node:node /app/media /app/data /app/private-files
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node itself is PID 1 (no npm in between), so SIGTERM from `docker stop` reaches the graceful shutdown.
CMD ["node", "--no-deprecation", "--conditions=production", "--import", "tsx", "src/server.ts"]

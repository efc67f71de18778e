# Build: everything, including the admin app; then a runtime image with production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
# HOST: inside the container every interface, or the published port reaches nothing (the bare default is 127.0.0.1).
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/admin/dist ./apps/admin/dist
# Attachments' folder (UPLOAD_DIR; docker-compose mounts a volume there), writable by the app user only.
RUN mkdir -p /var/lib/uhtz/uploads && chown -R node:node /var/lib/uhtz && chmod 700 /var/lib/uhtz/uploads
ENV UPLOAD_DIR=/var/lib/uhtz/uploads
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]

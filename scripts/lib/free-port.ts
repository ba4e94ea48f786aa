import net from "node:net";
import { UserFacingError } from "./user-facing-error";

/** Resolves with a port the OS considers free right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Fails with a clear sentence when something already listens on `port`. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new UserFacingError(`Port ${port} is already in use: stop whatever listens there or start with PORT=<another port>.`));
      } else if (error.code === "EACCES") {
        reject(new UserFacingError(`Port ${port} needs privileges this user does not have: choose PORT=3000 or another port above 1024.`));
      } else reject(error);
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

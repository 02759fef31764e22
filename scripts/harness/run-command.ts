import { spawn } from 'node:child_process';

/**
 * Runs a command in the foreground with the terminal attached. SIGINT and SIGTERM sent to this
 * process are passed on, so stopping `npm start` never leaves a server or build behind.
 * Resolves with the exit code, or with the signal that ended the command.
 */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<number | NodeJS.Signals> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(signal ?? code ?? 0);
    });
  });
}

/**
 * Staff accounts from the command line (works while the server runs: SQLite WAL).
 *   npm run user:add -- --admin alice      (or --staff; default staff)
 *   npm run user -- passwd alice | list | remove alice
 * The password comes from HUBWALL_NEW_PASSWORD, or the first line of stdin with --password-stdin,
 * or is asked twice on a terminal without echo. It is never printed or logged.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { openDatabase } from '../store/db.ts';
import { createAuditLog } from './audit.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { USERNAME_PATTERN, createSessionsRepo, createUsersRepo, type Role } from './users-repo.ts';

const USAGE = `usage: user add [--admin|--staff] [--password-stdin] <username>
       user passwd [--password-stdin] <username>
       user list
       user remove <username>`;

/** Reads one line from a terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output: out, terminal: true });
  return new Promise((done) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      done(answer);
    });
    muted = true; // after the prompt is written: what is typed stays off the screen
  });
}

async function readStdinLine(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) {
    data += String(chunk);
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0];
}

async function password(fromStdin: boolean): Promise<string> {
  if (process.env.HUBWALL_NEW_PASSWORD) return process.env.HUBWALL_NEW_PASSWORD;
  if (fromStdin) return readStdinLine();
  if (!process.stdin.isTTY) throw new Error('no password: set HUBWALL_NEW_PASSWORD, pass --password-stdin, or run on a terminal');
  const a = await askHidden('Password: ');
  const b = await askHidden('Repeat password: ');
  if (a !== b) throw new Error('the two passwords differ');
  return a;
}

/** Runs one CLI command; returns the process exit code. */
export async function run(argv: string[], dataDir = process.env.HUBWALL_DATA_DIR || './data'): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const [command, name] = argv.filter((a) => !a.startsWith('--'));
  const db = openDatabase(join(resolve(dataDir), 'hubwall.sqlite'));
  try {
    const users = createUsersRepo(db);
    const audit = createAuditLog(db);
    const checkName = () => {
      if (!name || !new RegExp(USERNAME_PATTERN).test(name)) throw new Error(`username should match ${USERNAME_PATTERN}, got ${JSON.stringify(name ?? '')}`);
      return name;
    };
    switch (command) {
      case 'add': {
        const username = checkName();
        if (users.find(username)) throw new Error(`user "${username}" already exists (use: user passwd ${username})`);
        const role: Role = flags.has('--admin') ? 'admin' : 'staff';
        const pw = await password(flags.has('--password-stdin'));
        const problem = passwordProblem(pw);
        if (problem) throw new Error(problem);
        users.create(username, role, await hashPassword(pw), Date.now());
        audit.write('cli', 'user.create', { username, role }, null);
        console.log(`created ${role} "${username}"`);
        return 0;
      }
      case 'passwd': {
        const username = checkName();
        const user = users.find(username);
        if (!user) throw new Error(`no user "${username}"`);
        const pw = await password(flags.has('--password-stdin'));
        const problem = passwordProblem(pw);
        if (problem) throw new Error(problem);
        users.setPassword(user.username, await hashPassword(pw));
        createSessionsRepo(db).destroyUser(user.id); // a new password signs every old session out
        audit.write('cli', 'user.passwd', { username: user.username }, null);
        console.log(`password of "${user.username}" changed; their sessions were ended`);
        return 0;
      }
      case 'list':
        for (const u of users.list()) console.log(`${u.role.padEnd(6)} ${u.username}`);
        return 0;
      case 'remove': {
        const username = checkName();
        if (!users.remove(username)) throw new Error(`no user "${username}"`);
        audit.write('cli', 'user.remove', { username }, null);
        console.log(`removed "${username}"`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (err) {
    console.error(`hubwall user: ${(err as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\u0000')) {
  run(process.argv.slice(2)).then((code) => process.exit(code));
}

import { Command, CommanderError, Option } from 'commander'
import { DEFAULT_CONFIG_FILE } from '../core/config.js'
import { exitCodeForError, InfraError, messageOf } from '../core/errors.js'
import { REPORT_FORMATS } from '../report/index.js'
import { errorLine } from '../report/sanitize.js'
import { VERSION } from '../version.js'
import { DEPLOY_STRATEGIES } from '../deploy/strategy.js'
import { redactForDisplay } from './context.js'

const formatOption = () => new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text')

/** Runs the CLI and resolves to its exit code: 0 pass · 1 drift · 2 bad config/usage · 3 could not check. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0
  // Each command's code is imported when it runs: a verify does not load init's Dockerfile parser, the deploy or preview.
  const run = (action: () => Promise<number>) => async () => {
    exitCode = await action()
  }
  const program = new Command('driftcheck')
    .description('Prove a feature really exists in production: source → image → running container → route → auth.')
    .version(VERSION)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, 'driftcheck: ')) })

  const common = (cmd: Command) =>
    cmd
      .option('-c, --config <file>', 'the config file', DEFAULT_CONFIG_FILE)
      .option('-v, --verbose', 'log every command run')
      .option('--no-color', 'plain output')

  common(program.command('verify').description('check every configured layer and name the fault line'))
    .option('--layers <list>', 'comma-separated subset of source,artifact,container,route,auth')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the report in --format to this file (a text summary still goes to stdout)')
    .action((opts) => run(async () => (await import('./commands/verify.js')).verifyCommand(opts))())

  common(program.command('build').description('build the services’ images, stamped with the revision label'))
    .option('--services <list>', 'comma-separated services (default: every configured service with a build)')
    .action((opts) => run(async () => (await import('./commands/build.js')).buildCommand(opts))())

  common(program.command('deploy').description('ship to the target, compose build + up -d the services, then verify'))
    .option('--services <list>', 'comma-separated compose services (default: every configured service)')
    .addOption(
      // No commander default: a Swarm stack's default is `image`, a compose target's `source`.
      new Option(
        '--strategy <strategy>',
        'source: build on the target (the default); image: build here, ship images (the default on a Swarm); registry: build here, push to target.registry, pull there'
      ).choices(DEPLOY_STRATEGIES)
    )
    .option('--rollback-on-fail', 'go back to the previously running images when the verification fails')
    .option('--batch <n>', 'a fleet (target.hosts): deploy and verify n hosts at a time (default 1)')
    .option('--layers <list>', 'layers the verification runs (comma-separated)')
    .option('--format <format>', 'report format', 'text')
    .option('-o, --output <file>', 'write the report in --format to this file')
    .action((opts) => run(async () => (await import('./commands/deploy.js')).deployCommand(opts))())

  common(
    program
      .command('preview')
      .description(
        'build the checkout, start it on this machine under a throwaway compose project, verify there, tear down'
      )
  )
    .option('--layers <list>', 'comma-separated subset of source,artifact,container,route,auth')
    .option('--ready-timeout <seconds>', 'how long the started services may take to run and accept connections', '60')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the report in --format to this file (a text summary still goes to stdout)')
    .action((opts) => run(async () => (await import('./commands/preview.js')).previewCommand(opts))())

  program
    .command('init')
    .description(
      'write a driftcheck.yml from what the repository already says (compose, Dockerfiles, folders, OpenAPI)'
    )
    .option('-c, --config <file>', 'the config file to write (its folder is the checkout read)', DEFAULT_CONFIG_FILE)
    .option('--dry-run', 'print the config instead of writing it')
    .option('--force', 'replace an existing config file')
    .action((opts) => run(async () => (await import('./commands/init.js')).initCommand(opts))())

  program
    .command('report')
    .description('render a saved JSON result in another format')
    .argument('<result.json>')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--no-color', 'plain output')
    .action((file, opts) => run(async () => (await import('./commands/report.js')).reportCommand(file, opts))())

  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    return handleError(error)
  }
}

/** One line on stderr, never a stack trace (unless DRIFTCHECK_DEBUG is set). */
function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
      ? 0
      : 2
  }
  const message = messageOf(error)
  const hint = error instanceof InfraError && error.hint ? ` (${error.hint})` : ''
  // Redacted before the lines are dropped: a multi-line secret cut to its first line is no longer the secret.
  process.stderr.write(`driftcheck: ${errorLine(redactForDisplay(message))}${redactForDisplay(hint)}\n`)
  if (process.env.DRIFTCHECK_DEBUG && error instanceof Error)
    process.stderr.write(redactForDisplay(`${error.stack}`) + '\n')
  return exitCodeForError(error)
}

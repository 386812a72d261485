// What the test harnesses make of the workbench's browser console and of code-server's own log: a passing
// run prints no stack trace, no network error and no line of VS Code's internal chatter. Pure (no I/O).

/** A console line that VS Code or code-server prints on its own, and why we do not act on it. */
export interface KnownNoise {
  readonly pattern: RegExp;
  readonly cause: string;
}

/**
 * Messages from VS Code itself that the tests cannot (and need not) prevent. Neither printed nor counted as
 * a problem. Keep this list short: every entry names the upstream code that prints it.
 */
export const upstreamNoise: readonly KnownNoise[] = [
  {
    // Logged (not thrown) by the LineTokens constructor, src/vs/editor/common/tokens/lineTokens.ts, when the
    // tokens the ContiguousTokensStore kept for a line no longer end where the line does; the check was added
    // by microsoft/vscode#243553 (for #243450) and turned from a throw into onUnexpectedError by #244451
    // (#244266). It is the background tokenizer's bookkeeping under rapid edits (textMateWorkerTokenizerController
    // applying worker results across pending edits), not our grammar: the worker hands VS Code each line's tokens
    // with LineTokens.convertToEndOffset and the store's _massageTokens force the last token to end at the line's
    // length, and vscode-textmate never emits an empty token (test/unit/extGrammar.test.ts checks our grammar's
    // tokens on every line of every fixture). Our decorations add no text (no before/after content).
    // Reproduced in the edit storm (4 times in round 4 of STORM_SEED=3906450049, on a loaded machine): thrown from
    // ContiguousTokensStore.getTokens <- TokenizationTextModelPart.getLineTokens, called by the view model
    // (getViewLinesData) and by the bracket-pair tree (BracketPairsTree parseDocument / flushQueue).
    pattern: /^(?:Error: )?Token length and text length do not match!/,
    cause: 'VS Code: LineTokens length check (lineTokens.ts) tripped by its background tokenizer during rapid edits',
  },
  {
    // settingsEditor2.ts warns once per window when the Settings editor meets a setting that settingsLayout.ts
    // (the table of contents) does not place: VS Code's and code-server's own settings (onboarding.*, chat.*,
    // terminal.integrated.developer.*), none of ours. Printed whenever a test opens the Settings editor.
    pattern: /^SettingsEditor2: Settings not included in settingsLayout\.ts/,
    cause: "VS Code: its Settings editor's table of contents misses some of VS Code's own settings",
  },
  {
    // settingsEditor2.ts (onConfigUpdate) warns when a setting changes while the Settings editor is open and
    // its model lists the key twice: editor.wordWrap appears as the core setting and as its [seed] default.
    pattern: /^More than one setting with key \S+ found$/,
    cause: 'VS Code: Settings editor refresh of a setting that has a language-specific default',
  },
  {
    // authenticationService.ts (tryActivateProvider) gives up after 5 s when the default-account lookup asks for
    // the 'github' provider before the built-in GitHub Authentication extension has registered it.
    pattern: /^Error: Timed out waiting for authentication provider 'github' to register\./,
    cause: "VS Code: the default account's early look-up of the GitHub sign-in",
  },
  {
    // BrowserLifecycleService (src/vs/workbench/services/lifecycle/browser/lifecycleService.ts) logs this for each
    // shut-down participant that asks to be awaited (join.disconnectRemote, chat session stores) when the page
    // unloads: a browser cannot wait for them. Printed on every reload of the web workbench, as the e2e test of
    // the workspace index's warm start does (test/e2e/workspace.test.ts).
    pattern: /^\[lifecycle\] Long running operations during shutdown are unsupported in the web \(id: [\w.]+\)$/,
    cause: 'VS Code: the web workbench cannot await shut-down work when its page reloads',
  },
];

/**
 * Chromium's console line for an HTTP error names no URL: the harness reports each failed response with its
 * URL instead (see missingUpstream), so the console line itself is dropped.
 */
const httpErrorLine = /^Failed to load resource: the server responded with a status of \d+/;

/**
 * Files the workbench asks its server for that code-server does not ship, so a 404 is expected.
 * vsda: Microsoft's closed-source signing module, which only Microsoft's builds of VS Code include; the web
 * workbench tries to load it (vsda.js, vsda_bg.wasm) and carries on without it.
 */
export const missingUpstream: readonly RegExp[] = [/\/node_modules\/vsda\/rust\/web\/vsda(?:_bg\.wasm|\.js)$/];

/**
 * Informational chatter the workbench logs on every start (connection set-up, service worker, iframes, its
 * own timing): not printed, so that the run's output is the tests' output. Never counted as a problem.
 */
export const startupChatter =
  /AccountPolicyGate|connection token|grace time|Service Worker|same-origin|allow-scripts and allow-same-origin|builtin extensions cache|Ignoring fetching additional builtin extensions from gallery|AgentHost|vsda|^Creating a socket|^Creation of workbench contribution '[\w.]+' took \d+ms|^Canceled|\[Extension Host\] (?:Debugger|Started local extension host)/;

/** What a network attempt looks like from Node or from Chromium: any of these in a passing run is a defect. */
export const networkError =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|open-vsx\.org|marketplace\.visualstudio\.com|update\.code\.visualstudio\.com/;

/** A JavaScript stack frame ("    at f (file.js:1:2)"), as Node and Chromium print them. */
const stackFrame = /\n\s+at \S/;

export type Verdict = 'drop' | 'print' | 'problem';

/**
 * What to do with one console message of the workbench page, given its type ('log', 'warning', 'error', ...)
 * and its text without the log service's '%c' styling:
 * - 'drop': known upstream noise or start-up chatter;
 * - 'problem': an error, a stack trace or a network error the tests did not expect (the run fails);
 * - 'print': anything else (the extension host's console, which carries the mocha report).
 */
export function classify(type: string, text: string): Verdict {
  const firstLine = text.replace(/^\s+/, '');
  if (httpErrorLine.test(firstLine) || upstreamNoise.some(noise => noise.pattern.test(firstLine))) return 'drop';
  if (networkError.test(text)) return 'problem';
  if (startupChatter.test(text)) return 'drop';
  if (type === 'error' || stackFrame.test(text)) return 'problem';
  return 'print';
}

/**
 * The log service prints an entry as ('%c  ERR', 'color: #f33', message...) and Chromium's own text of
 * such a message starts "%c  ERR color: #f33 ": the message alone.
 */
export function unstyled(text: string): string {
  return text.replace(/^%c\s*\w+\s+color:\s*#[0-9a-f]{3,6}\s/i, '');
}

/** The lines of code-server's own log (server, extension management) that record a network attempt. */
export function networkLines(serverLog: string): string[] {
  return serverLog.split(/\r?\n/).filter(line => networkError.test(line));
}

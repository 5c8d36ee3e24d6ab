// electron-builder's Windows signing hook (win.signtoolOptions.sign). The
// signing machine configures it through environment variables, so no
// certificate, password or tool path is ever in the repository:
//   PLANI_SIGN_TOOL  the signing program (e.g. C:\...\signtool.exe)
//   PLANI_SIGN_ARGS  its arguments as a JSON array, "{file}" standing for the
//                    file to sign, e.g. ["sign","/fd","sha256","/tr","http://ts.example","/td","sha256","/a","{file}"]
// Without PLANI_SIGN_TOOL the build stays unsigned and says so once.
const { spawnSync } = require('node:child_process');

/** The program and arguments that sign `file`, or null when signing is not configured. */
function signCommand(file, env = process.env) {
  const tool = env.PLANI_SIGN_TOOL;
  if (!tool) return null;
  let args;
  try {
    args = JSON.parse(env.PLANI_SIGN_ARGS ?? '[]');
  } catch {
    throw new Error('PLANI_SIGN_ARGS is not a JSON array of strings');
  }
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string')) throw new Error('PLANI_SIGN_ARGS is not a JSON array of strings');
  if (!args.includes('{file}')) throw new Error('PLANI_SIGN_ARGS must name the file to sign as "{file}"');
  return { tool, args: args.map((a) => (a === '{file}' ? file : a)) };
}

let warned = false;

/** Signs one file; a signing program that fails stops the build. */
async function sign(configuration, env = process.env) {
  const command = signCommand(configuration.path, env);
  if (command === null) {
    if (!warned) console.warn('sign-windows: PLANI_SIGN_TOOL is not set, so the Windows files are not signed');
    warned = true;
    return;
  }
  const r = spawnSync(command.tool, command.args, { stdio: 'inherit' });
  if (r.error) throw new Error(`sign-windows: ${command.tool} could not be started: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`sign-windows: ${command.tool} exited with ${r.status} signing ${configuration.path}`);
}

module.exports = sign;
module.exports.default = sign;
module.exports.signCommand = signCommand;

// Bundle messages shared by the CLI and the screens: refusal reasons (bundles.reason.<code>), signer and sequence states, change summaries.
export const bundles = {} as const;

const path = require("node:path")
const nextJest = require("next/jest")

const createJestConfig = nextJest({ dir: "./" })

// npm workspaces hoist `next` and @testing-library/react to the repository root, next to the
// backend's React 18. Pin every import of react/react-dom to the storefront's React 19.
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`, { paths: [__dirname] }))
const reactDir = packageDir("react")
const reactDomDir = packageDir("react-dom")

// next-intl and its dependencies ship ES modules only; let SWC compile them for Jest.
const ESM_PACKAGES = ["next-intl", "use-intl", "icu-minify", "intl-messageformat", "@formatjs", "@schummar"]

/** @type {import('jest').Config} */
const customConfig = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
    "^react$": reactDir,
    "^react/(.*)$": `${reactDir}/$1`,
    "^react-dom$": reactDomDir,
    "^react-dom/(.*)$": `${reactDomDir}/$1`,
  },
  testPathIgnorePatterns: ["<rootDir>/e2e/", "<rootDir>/.next/"],
  // Form tests type and upload through user-event; on a busy 2-core CI machine 5 s is not enough.
  testTimeout: 30_000,
}

module.exports = async () => {
  const config = await createJestConfig(customConfig)()
  // next/jest's first pattern ignores node_modules except Next's own packages; add ours.
  config.transformIgnorePatterns = config.transformIgnorePatterns.map((pattern, index) =>
    index === 0 ? pattern.replace("(?!(", `(?!(${ESM_PACKAGES.join("|")}|`) : pattern,
  )
  return config
}

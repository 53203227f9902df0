// Tailwind CSS 4: configuration lives in src/app/globals.css (@theme), no tailwind.config.js.
export default { plugins: { "@tailwindcss/postcss": {} } }

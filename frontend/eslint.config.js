// @ts-check
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'

export default [
  { ignores: ['dist/**', 'node/**', 'node_modules/**', 'target/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, sourceType: 'module' },
    },
  },
  {
    files: ['**/*.vue'],
    rules: {
      // every text a reader sees comes from src/i18n/*.json
      'vue/no-bare-strings-in-template': ['error', { allowlist: ['·', '(', ')', '×', '…', '/', '-', '|'] }],
      'vue/multi-word-component-names': 'off',
    },
  },
]

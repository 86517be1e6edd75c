import type { Component } from 'vue'
import DefaultLayout from './DefaultLayout.vue'

/** Page frames by name. A kiosk layout (touch screens, no keyboard) will be added here. */
export const layouts = {
  default: DefaultLayout,
} satisfies Record<string, Component>

export type LayoutName = keyof typeof layouts

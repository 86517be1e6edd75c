import { createApp } from 'vue'
import App from './App.vue'
import { createPortalI18n, reflectLocale, storedLocale } from './i18n'
import { createPortalRouter } from './router'
import './styles/main.css'

const locale = storedLocale()
reflectLocale(locale)

createApp(App).use(createPortalI18n(locale)).use(createPortalRouter()).mount('#app')

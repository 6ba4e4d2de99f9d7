// Renderer entry: loads the theme, mounts the Vue app with Pinia.
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { useThemeStore } from './stores/theme';
import './styles/theme.css';
import './styles/base.css';
import './styles/stance.css';
import './styles/surfaces.css';
import './styles/truncate.css';
import './styles/chip-list.css';
import './styles/failure-note.css';

const pinia = createPinia();
// The theme is applied before the first paint, so a dark choice never flashes light.
useThemeStore(pinia);
createApp(App).use(pinia).mount('#app');

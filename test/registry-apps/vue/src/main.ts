import { createApp } from 'vue';
import '@dvc/tokens/themes.css';
import '@dvc/form/define.js';
import '@dvc/identity/define.js';
import App from './App.vue';

createApp(App).mount('#app');

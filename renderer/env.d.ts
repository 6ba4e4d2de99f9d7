// Renderer types beyond the DOM: .vue files as modules (Vite's client types come from tsconfig.web.json).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
